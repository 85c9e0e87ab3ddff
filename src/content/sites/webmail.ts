// The one interface every webmail adapter implements. The rest of the content
// script talks only to this, never to a webmail's DOM directly.

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
  /** 'gmail' | 'outlook' */
  readonly name: string;
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
