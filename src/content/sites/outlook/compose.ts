// Which Outlook compose belongs to the open conversation (issue 12): content script.
//
// OWA shows several composes at once (an inline reply, drafts docked in the reading pane,
// a new mail, a pop-out window). A reply editor is this message's only when it sits in the
// same reading pane as the message (not in a dialog or pop-out form), AND its quoted header
// or its subject names this conversation: the "Subject:" line of `#divRplyFwdMsg` /
// `#mail-editor-reference-message-container` read after its first colon whatever the
// language, or the "From:" line holding the sender's address, or the subject field
// (hidden for inline replies, "RE: <subject>"). Something naming another subject or sender
// means another compose. Research: /work/notes/markup-2026.md §2.4–2.5.
import { isHidden, isOwnNode, queryAll, queryFirst, squash } from '../dom';
import { OUTLOOK_SELECTORS as S } from './selectors';

const EDITORS = S.editor.join(', ');
const QUOTE = S.quotedHeader.join(', ');
const ELSEWHERE = S.notInPane.join(', ');
const ROOTS = S.composeRoot.join(', ');

/** The compose body (aria-multiline, or the #editorParent body), never a To/Cc well. */
export function isBodyEditor(el: HTMLElement): boolean {
  return !isHidden(el) && !isOwnNode(el) && (el.getAttribute('aria-multiline') === 'true' || !!el.parentElement?.closest('[id^="editorParent_"]'));
}

export function composeEditors(doc: Document): HTMLElement[] {
  return queryAll(doc, EDITORS).filter(isBodyEditor);
}

/** "RE: AW: Fwd: subject" → "subject", for comparing: without case, spacing and invisible characters. */
/** Characters that do not show (zero-width, bidi controls, the tag block): engines keep or drop them differently. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u{e0000}-\u{e007f}]/gu;

export function bareSubject(subject: string): string {
  let s = squash(subject.replace(INVISIBLE, '')).toLowerCase();
  for (let i = 0; i < 5; i++) {
    const next = s.replace(/^(?:re|aw|wg|fw|fwd|tr|rv|sv|vs|antw|réf|ref|r|odp|res)\.?\s*(?:\[\d+\])?\s*[:：]\s*/i, '');
    if (next === s) break;
    s = next;
  }
  // Spacing is not compared: one engine turns U+FEFF into a space where another drops it.
  return s.replace(/\s+/g, '');
}

export interface QuoteFacts {
  /** A quoted header is in the editor. */
  present: boolean;
  /** Its subject line, after the first colon ('' if none). */
  subject: string;
  /** Its first line's text (the "From" line), for the sender's address. */
  from: string;
}

/** The quoted header's lines: label word first (localised), value after the first colon. */
export function quoteFacts(editor: HTMLElement): QuoteFacts {
  const quote = queryFirst(editor, S.quotedHeader) ?? queryAll(editor.ownerDocument, QUOTE).find((q) => editor.contains(q)) ?? null;
  if (!quote) return { present: false, subject: '', from: '' };
  // Lines are split by <br> or block children; each line is "Label: value" in the page's language.
  const lines = (quote.innerText || textWithBreaks(quote)).split('\n').map((l) => squash(l)).filter(Boolean);
  const value = (line: string): string => squash(line.slice(line.search(/[:：]/) + 1));
  const from = lines[0] ?? '';
  // The subject is the last header line (From, Sent, To, [Cc], Subject — in every language OWA writes).
  const subjectLine = lines.filter((l) => /[:：]/.test(l)).at(-1) ?? '';
  return { present: true, subject: value(subjectLine), from };
}

function textWithBreaks(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR') out += '\n';
      const block = /^(DIV|P|TR|LI)$/.test(tag);
      if (block) out += '\n';
      n.childNodes.forEach(walk);
      if (block) out += '\n';
    }
  };
  walk(el);
  return out;
}

/** The subject field of the compose, when it has one ('' if none). */
function subjectField(editor: HTMLElement): { value: string; visible: boolean } | null {
  const root = editor.closest(ROOTS) ?? editor.closest(ELSEWHERE);
  const field = root ? queryFirst(root, S.subjectField) : null;
  return field ? { value: (field as HTMLInputElement).value ?? field.getAttribute('value') ?? '', visible: !isHidden(field) } : null;
}

export interface Conversation {
  subject: string;
  senderEmail: string;
  /** The reading pane around the message (null in an unknown layout). */
  pane: HTMLElement | null;
}

/** Does anything in or around the editor name another conversation? */
function namesAnother(c: Conversation, editor: HTMLElement): boolean {
  const q = quoteFacts(editor);
  const want = bareSubject(c.subject);
  if (q.present && q.subject && want && bareSubject(q.subject) !== want) return true;
  const field = subjectField(editor);
  return !!(field && field.value.trim() && want && bareSubject(field.value) !== want);
}

/** Does the editor's quote or subject name this conversation? */
function namesThis(c: Conversation, editor: HTMLElement): boolean {
  const want = bareSubject(c.subject);
  if (!want) return false;
  const q = quoteFacts(editor);
  if (q.present && q.subject && bareSubject(q.subject) === want) return true;
  const field = subjectField(editor);
  return !!(field && bareSubject(field.value) === want);
}

/** Provably this conversation's reply: in its reading pane, not a pop-out, and named by quote or subject. */
export function owaComposeOwned(c: Conversation, editor: HTMLElement): boolean {
  if (!isBodyEditor(editor) || namesAnother(c, editor)) return false;
  const q = quoteFacts(editor);
  if (editor.closest(ELSEWHERE)) {
    // A pop-out: only with both the subject and the sender's address in its quote.
    return namesThis(c, editor) && q.present && !!c.senderEmail && q.from.toLowerCase().includes(c.senderEmail.toLowerCase());
  }
  return !!c.pane && c.pane.contains(editor) && namesThis(c, editor);
}

/** An editor that appeared right after Tactful clicked this message's Reply: nothing names another conversation. */
export function owaComposeMayBe(c: Conversation, editor: HTMLElement): boolean {
  return isBodyEditor(editor) && !namesAnother(c, editor);
}
