// The one interface every webmail adapter implements, and defineWebmail(), which every
// adapter goes through. The rest of the content script talks only to this, never to a
// webmail's DOM directly. Runs in the content script.
import type { WebmailName } from '../../shared/hosts';
import type { DateSources } from '../../shared/received-date';
import { insertAtTop, problemRefused } from '../insert';
import { OWN_MARK, isElement, isOwnNode, touches } from './dom';
import { openReplyBy } from './open-reply';
import { tMessage } from '../../shared/i18n';

/** One open (expanded) message as the adapter reads it. */
export interface OpenMessage {
  /** Stable key for this message while it stays open (data-message-id, convid+index…). */
  key: string;
  /** The element that holds the whole message; our button is attached relative to it. */
  root: HTMLElement;
  subject: string;
  fromName: string;
  fromEmail: string;
  /** Display date as the webmail shows it, or "". */
  date: string;
  /**
   * When it was received, as the page has it: its machine-readable time, its display date and
   * the page's locales. The worker reads them (src/shared/received-date.ts, core/analyze-page)
   * into an ISO instant, or "unknown" (an ambiguous day/month order is never guessed).
   */
  dateSources?: DateSources;
  /** Plain text of the body (innerText), quoted history included when shown. */
  body: string;
}

/** Where our button goes: inside `container`, before `before` (null = append). */
export interface ButtonSlot {
  container: HTMLElement;
  before: Element | null;
}

export type InsertOutcome =
  | { ok: true; how: 'insertText' | 'paste' }
  | { ok: false; problem: string };

export interface Webmail {
  /** Its key in src/shared/hosts.ts ('gmail', 'outlook'). */
  readonly name: WebmailName;
  /** Messages that are open (expanded) right now; [] when none. Never throws. */
  openMessages(doc: Document): OpenMessage[];
  /** Where to put our button for this message, or null when the reply controls are not found. */
  buttonSlot(message: OpenMessage): ButtonSlot | null;
  /** This message's own Reply control, or null. */
  replyControl(message: OpenMessage): HTMLElement | null;
  /**
   * The reply editor open for this message, else null: one Tactful opened by clicking this
   * message's own Reply, or one the adapter proves is this message's reply. Never another
   * compose (a New Message, another thread's or conversation's reply).
   */
  replyEditor(message: OpenMessage, doc: Document): HTMLElement | null;
  /** Is `editor` this message's reply (as replyEditor decides)? Checked again right before writing. */
  ownsEditor(message: OpenMessage, editor: HTMLElement, doc: Document): boolean;
  /**
   * Open the reply (clicking the webmail's own control, or its Reply in a menu) and wait,
   * bounded, for its editor. Resolves with the editor or with a plain-words problem.
   */
  openReply(message: OpenMessage, doc: Document, timeoutMs?: number): Promise<HTMLElement | { problem: string }>;
  /** Insert plain text at the top of the reply, keeping what is there; registers as typing. */
  insert(editor: HTMLElement, text: string): InsertOutcome;
  /**
   * What the page shows that Tactful cannot read, in plain words, one line per missing hook
   * ("Outlook: the message body was not found …"); [] when all is in place or no message is
   * shown. For the popup and the panel to say why there is no button (and offer paste or Copy).
   */
  diagnose(doc: Document): string[];
  /** Elements whose mutations can change the open message (what the observer should care about). */
  isRelevantMutation(record: MutationRecord): boolean;
  /** Where the open message's subject line is on screen (viewport px), or null: the panel docks below it. */
  subjectBox(message: OpenMessage, doc: Document): DOMRect | null;
}

/** Which DOM changes can change the open message(s) or their reply controls. */
export interface MutationFilter {
  /** Added or removed nodes that match or contain this selector matter. */
  relevant: string;
  /** Nodes added or removed inside these mean the reply controls were rebuilt. */
  controls: string;
  /** Whether a change of attribute `name` on `target` matters. */
  attribute(target: HTMLElement, name: string): boolean;
}

/** What an adapter supplies: its DOM reading; openReply, insert and the mutation filter's common part come with defineWebmail(). */
export interface WebmailSpec {
  name: WebmailName;
  /** How the webmail is named in plain-words problems ("Gmail"). */
  label: string;
  openMessages(doc: Document): OpenMessage[];
  buttonSlot(message: OpenMessage): ButtonSlot | null;
  replyControl(message: OpenMessage): HTMLElement | null;
  /** Every compose body editor in the page now, whosever it is (never a To well or a search box). */
  editors(doc: Document): HTMLElement[];
  /** Is this editor provably this message's reply (structure, hidden inputs, quoted header)? */
  owns(message: OpenMessage, editor: HTMLElement, doc: Document): boolean;
  /**
   * An editor that appeared only after Tactful clicked this message's own Reply: may it be
   * this reply, i.e. does nothing mark it as another message's (other inputs, other subject)?
   */
  fresh(message: OpenMessage, editor: HTMLElement, doc: Document): boolean;
  /** Missing hooks in plain words (see Webmail.diagnose); default: none. */
  diagnose?(doc: Document): string[];
  /** Reply hidden in a menu: open the menu and return its Reply item (or null). */
  revealReply?(message: OpenMessage, doc: Document): Promise<HTMLElement | null>;
  /** Default: insertAtTop() (../insert.ts). */
  insert?(editor: HTMLElement, text: string): InsertOutcome;
  /** The element showing the subject of `message`'s conversation, or null (default: none). */
  subject?(message: OpenMessage, doc: Document): HTMLElement | null;
  mutations: MutationFilter;
}

/** Calls `f`; whatever it throws becomes `fallback()`: an adapter never throws into the page. */
function neverThrows<A extends unknown[], R>(f: (...args: A) => R, fallback: () => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return f(...args);
    } catch {
      return fallback();
    }
  };
}

function relevantMutation(filter: MutationFilter, record: MutationRecord): boolean {
  const target = record.target;
  if (record.type === 'characterData' || !isElement(target)) return false;
  // The cheap tests first, our own nodes (a walk up the tree) last: this runs for every record.
  if (record.type === 'attributes') return filter.attribute(target, record.attributeName ?? '') && !isOwnNode(target);
  // childList
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].filter(
    (n) => isElement(n) && !n.hasAttribute(OWN_MARK),
  );
  if (nodes.length === 0 || isOwnNode(target)) return false;
  if (target.closest('[contenteditable="true"]')) return false; // typing in an editor (or an address well)
  if (target.closest(filter.controls)) return true; // the webmail rebuilt the reply controls
  return nodes.some((n) => touches(n, filter.relevant));
}

/**
 * The adapter the content script uses: every method of `spec` under the never-throw
 * contract (a throw becomes "nothing found" or a plain-words problem), with the default
 * openReply and insert and the shared part of the mutation filter.
 */
export function defineWebmail(spec: WebmailSpec): Webmail {
  const { label } = spec;
  // Editors Tactful opened by clicking a message's own Reply, by message key. A WeakMap: an
  // editor the webmail throws away is forgotten with it.
  const openedFor = new WeakMap<HTMLElement, string>();
  const editors = neverThrows((doc: Document) => spec.editors(doc), () => []);
  const owns = neverThrows((m: OpenMessage, e: HTMLElement, doc: Document) => spec.owns(m, e, doc), () => false);
  const stillFresh = neverThrows((m: OpenMessage, e: HTMLElement, doc: Document) => openedFor.get(e) === m.key && spec.fresh(m, e, doc), () => false);
  // Ours: proved by the adapter, or opened by Tactful for this message and still not marked as another's.
  const ownsEditor = (m: OpenMessage, e: HTMLElement, doc: Document): boolean => !!e?.isConnected && (owns(m, e, doc) || stillFresh(m, e, doc));
  const replyControl = neverThrows((m: OpenMessage) => spec.replyControl(m), () => null);
  const replyEditor = neverThrows((m: OpenMessage, doc: Document) => editors(doc).find((e) => ownsEditor(m, e, doc)) ?? null, () => null);
  const fresh = neverThrows((m: OpenMessage, e: HTMLElement, doc: Document) => spec.fresh(m, e, doc), () => false);
  const openReply = async (m: OpenMessage, doc: Document, timeoutMs = 5000): Promise<HTMLElement | { problem: string }> => {
    const found = await openReplyBy({
      client: label,
      doc,
      own: () => replyEditor(m, doc),
      editors: () => editors(doc),
      fresh: (e) => fresh(m, e, doc),
      control: () => replyControl(m),
      reveal: spec.revealReply ? () => spec.revealReply!(m, doc) : undefined,
      timeoutMs,
    });
    if (!('problem' in found)) openedFor.set(found, m.key);
    return found;
  };
  const insert = spec.insert ? spec.insert.bind(spec) : (editor: HTMLElement, text: string) => insertAtTop(editor, text, editor.ownerDocument);
  return {
    name: spec.name,
    openMessages: neverThrows((doc: Document) => spec.openMessages(doc), () => []),
    buttonSlot: neverThrows((m: OpenMessage) => spec.buttonSlot(m), () => null),
    replyControl,
    replyEditor,
    ownsEditor,
    diagnose: neverThrows((doc: Document) => (spec.diagnose ? spec.diagnose(doc) : []), () => []),
    async openReply(m, doc, timeoutMs) {
      try {
        return await openReply(m, doc, timeoutMs);
      } catch {
        return { problem: tMessage({ key: 'replyNotOpened', params: [label] }, `${label}'s reply window did not open. Click Reply yourself, then try again, or copy the draft.`) };
      }
    },
    insert: neverThrows(insert, () => ({ ok: false, problem: problemRefused() })),
    isRelevantMutation: neverThrows((record: MutationRecord) => relevantMutation(spec.mutations, record), () => false),
    subjectBox: neverThrows((m: OpenMessage, doc: Document) => {
      const r = spec.subject?.(m, doc)?.getBoundingClientRect();
      return r && r.width > 0 && r.height > 0 ? r : null;
    }, () => null),
  };
}
