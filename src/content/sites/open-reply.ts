// Opening a message's own reply: click its Reply control the way a person does, then wait,
// bounded, for an editor that is this message's reply. defineWebmail() (./webmail.ts) uses
// this as every adapter's openReply. Content script.
//
// Which editor counts (issue 12, "only into the reply of the message the user chose"): one
// the adapter proves is this message's reply (`owns`), or one that appeared only after
// Tactful clicked this message's own Reply and that nothing marks as another message's
// (`fresh`). An editor that was already open before the click and is not provably ours (a
// floating New Message, a pop-out reply to another thread) never counts.
import { tMessage } from '../../shared/i18n';

/**
 * Click the way a person does: mousedown, mouseup, click (and mouseleave/mouseout), as
 * InboxSDK's simulateClick. Gmail's T-I buttons act on mousedown/mouseup.
 */
export function simulateClick(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  if (!view) {
    el.click();
    return;
  }
  const rect = el.getBoundingClientRect();
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    view,
    button: 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  for (const type of ['mouseover', 'mousedown', 'mouseup', 'click', 'mouseleave', 'mouseout']) {
    const Ctor = view.MouseEvent;
    el.dispatchEvent(new Ctor(type, { ...init, buttons: type === 'mousedown' ? 1 : 0 }));
  }
}

export interface ReplySearch {
  /** The webmail's name in plain-words problems ("Gmail"). */
  client: string;
  doc: Document;
  /** An editor already open that is provably this message's reply, or null. */
  own: () => HTMLElement | null;
  /** Every compose body editor in the page now (ours or not). */
  editors: () => HTMLElement[];
  /** May an editor that appeared after our click be this message's reply (nothing says it is another's)? */
  fresh: (editor: HTMLElement) => boolean;
  /** This message's visible Reply control, or null. */
  control: () => HTMLElement | null;
  /** Reply hidden in a menu (Gmail's More, Outlook's overflow "…"): open it and return the menu's Reply item. */
  reveal?: () => Promise<HTMLElement | null>;
  timeoutMs: number;
}

export const problemNoReply = (client: string): string =>
  tMessage({ key: 'replyNotFound', params: [client] }, `Tactful could not find ${client}'s Reply button for this message. Click Reply yourself, then try again, or copy the draft.`);

/**
 * Use this message's reply if one is open; else click this message's own Reply (or the
 * Reply item of its menu) and wait, bounded, for its editor. Resolves with the editor or a
 * plain-words problem; never with an editor that was open before the click and is not ours.
 */
export async function openReplyBy(s: ReplySearch): Promise<HTMLElement | { problem: string }> {
  const open = s.own();
  if (open) return open;
  const before = new Set(s.editors());
  let button = s.control();
  if (!button && s.reveal) button = await s.reveal().catch(() => null);
  if (!button) return { problem: problemNoReply(s.client) };
  try {
    simulateClick(button);
  } catch {
    return { problem: tMessage({ key: 'replyNoResponse', params: [s.client] }, `${s.client}'s Reply button did not respond. Click Reply yourself, then try again, or copy the draft.`) };
  }
  const found = await waitFor(s.doc, () => s.own() ?? s.editors().find((e) => !before.has(e) && s.fresh(e)) ?? null, s.timeoutMs);
  return found ?? { problem: tMessage({ key: 'replyNotOpenedInTime', params: [s.client] }, `${s.client}'s reply window did not open in time for this message. Click Reply yourself, then try again, or copy the draft.`) };
}

/**
 * Resolve with `find()` as soon as it returns an element (checked now, then on each DOM
 * change), or with null after `timeoutMs`.
 */
export function waitFor(doc: Document, find: () => HTMLElement | null, timeoutMs: number): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const first = safe(find);
    if (first) {
      resolve(first);
      return;
    }
    const view = doc.defaultView;
    const Observer = view?.MutationObserver;
    let done = false;
    let observer: MutationObserver | null = null;
    const finish = (value: HTMLElement | null): void => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(value);
    };
    const check = (): void => {
      const found = safe(find);
      if (found) finish(found);
    };
    if (Observer) {
      observer = new Observer(check);
      observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-expanded'] });
    }
    // A slow poll as a safety net (an observer can miss changes inside shadow roots).
    const poll = setInterval(check, 250);
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}

function safe(find: () => HTMLElement | null): HTMLElement | null {
  try {
    return find();
  } catch {
    return null;
  }
}
