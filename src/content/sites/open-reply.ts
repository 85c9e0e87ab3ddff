// Opening the webmail's own reply: click its Reply control the way a person does, then wait,
// bounded, for the editor. defineWebmail() (./webmail.ts) uses this as every adapter's
// default openReply. Content script.

/**
 * Click the way a person does: mousedown, mouseup, click (and mouseleave/mouseout), as
 * InboxSDK's simulateClick. Gmail's T-I buttons act on mousedown/mouseup.
 */
function simulateClick(el: HTMLElement): void {
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

/**
 * Open a reply the way both webmails need it: use the editor already open, else click the
 * message's own Reply control and wait, bounded, for the editor. `client` names the
 * webmail in the plain-words problems ("Gmail", "Outlook").
 */
export async function openReplyBy(
  client: string,
  doc: Document,
  editor: () => HTMLElement | null,
  control: () => HTMLElement | null,
  timeoutMs: number,
): Promise<HTMLElement | { problem: string }> {
  const open = editor();
  if (open) return open;
  const button = control();
  if (!button) {
    return { problem: `Tactful could not find ${client}'s Reply button for this message. Click Reply yourself, then try again, or copy the draft.` };
  }
  try {
    simulateClick(button);
  } catch {
    return { problem: `${client}'s Reply button did not respond. Click Reply yourself, then try again, or copy the draft.` };
  }
  const found = await waitFor(doc, editor, timeoutMs);
  return found ?? { problem: `${client}'s reply window did not open in time. Click Reply yourself, then try again, or copy the draft.` };
}

/**
 * Resolve with `find()` as soon as it returns an element (checked now, then on each DOM
 * change), or with null after `timeoutMs`.
 */
function waitFor(doc: Document, find: () => HTMLElement | null, timeoutMs: number): Promise<HTMLElement | null> {
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
      observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
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
