// The one interface every webmail adapter implements, and defineWebmail(), which every
// adapter goes through. The rest of the content script talks only to this, never to a
// webmail's DOM directly. Runs in the content script.
import type { WebmailName } from '../../shared/hosts';
import { PROBLEM_REFUSED, insertAtTop } from '../insert';
import { OWN_MARK, isElement, isOwnNode, touches } from './dom';
import { openReplyBy } from './open-reply';

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
  /** The reply editor that belongs to this message if one is open, else null. */
  replyEditor(message: OpenMessage, doc: Document): HTMLElement | null;
  /**
   * Open the reply (clicking the webmail's own control) and wait, bounded, for its editor.
   * Resolves with the editor or with a plain-words problem.
   */
  openReply(message: OpenMessage, doc: Document, timeoutMs?: number): Promise<HTMLElement | { problem: string }>;
  /** Insert plain text at the top of the reply, keeping what is there; registers as typing. */
  insert(editor: HTMLElement, text: string): InsertOutcome;
  /** Elements whose mutations can change the open message (what the observer should care about). */
  isRelevantMutation(record: MutationRecord): boolean;
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
  replyEditor(message: OpenMessage, doc: Document): HTMLElement | null;
  /** Default: the editor already open, else click replyControl() and wait for replyEditor(). */
  openReply?(message: OpenMessage, doc: Document, timeoutMs?: number): Promise<HTMLElement | { problem: string }>;
  /** Default: insertAtTop() (../insert.ts). */
  insert?(editor: HTMLElement, text: string): InsertOutcome;
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
  if (record.type === 'characterData' || isOwnNode(target) || !isElement(target)) return false;
  if (record.type === 'attributes') return filter.attribute(target, record.attributeName ?? '');
  // childList
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].filter(
    (n) => isElement(n) && !n.hasAttribute(OWN_MARK),
  );
  if (nodes.length === 0) return false;
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
  const replyControl = neverThrows((m: OpenMessage) => spec.replyControl(m), () => null);
  const replyEditor = neverThrows((m: OpenMessage, doc: Document) => spec.replyEditor(m, doc), () => null);
  const openReply = spec.openReply
    ? spec.openReply.bind(spec)
    : (m: OpenMessage, doc: Document, timeoutMs = 5000) => openReplyBy(label, doc, () => replyEditor(m, doc), () => replyControl(m), timeoutMs);
  const insert = spec.insert ? spec.insert.bind(spec) : (editor: HTMLElement, text: string) => insertAtTop(editor, text, editor.ownerDocument);
  return {
    name: spec.name,
    openMessages: neverThrows((doc: Document) => spec.openMessages(doc), () => []),
    buttonSlot: neverThrows((m: OpenMessage) => spec.buttonSlot(m), () => null),
    replyControl,
    replyEditor,
    async openReply(m, doc, timeoutMs) {
      try {
        return await openReply(m, doc, timeoutMs);
      } catch {
        return { problem: `${label}'s reply window did not open. Click Reply yourself, then try again, or copy the draft.` };
      }
    },
    insert: neverThrows(insert, () => ({ ok: false, problem: PROBLEM_REFUSED })),
    isRelevantMutation: neverThrows((record: MutationRecord) => relevantMutation(spec.mutations, record), () => false),
  };
}
