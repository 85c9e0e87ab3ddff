// Putting Tactful's draft into the webmail's own reply editor, shared by both adapters.
//
// How: focus the editor, put the caret at the start of the editor's first block (above the user's text, the
// signature and the quote), then `execCommand('insertText')`: the page sees a trusted
// `input` event (inputType "insertText"), the user's text stays, and one Ctrl+Z undoes it.
// Fallback: a synthetic paste event with text/plain (RoosterJS handles it). Each path is
// verified by reading the editor back. Never innerHTML, never overwrite.

import { tMessage } from '../shared/i18n';
import type { InsertOutcome } from './sites/webmail';

const problemGone = (): string => tMessage({ key: 'insertGone' }, 'The reply window closed before Tactful could add the draft. Open the reply again, or copy the draft instead.');
export const problemRefused = (): string => tMessage({ key: 'insertRefused' }, 'The reply window did not accept the draft. Nothing in it was changed. Copy the draft and paste it in yourself.');
const problemNoText = (): string => tMessage({ key: 'insertNoText' }, 'There is no draft text to insert.');

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Blocks we never start our text inside: signatures and quoted history of both webmails. */
const NOT_FIRST_BLOCK = '.gmail_signature, [data-smartmail="gmail_signature"], .gmail_quote, #Signature, #appendonsend, #divRplyFwdMsg, hr';

export function insertAtTop(editor: HTMLElement, text: string, doc: Document = editor.ownerDocument): InsertOutcome {
  try {
    if (!editor.isConnected) return { ok: false, problem: problemGone() };
    const firstLine = firstNonEmptyLine(text);
    if (!firstLine) return { ok: false, problem: problemNoText() };

    // Product decision: the draft always goes at the top of the reply, above whatever the
    // user typed, the signature and the quote, wherever their caret was.
    editor.focus({ preventScroll: false });
    const range = caretAtTop(editor, doc);
    const sel = doc.getSelection();
    if (!sel) return { ok: false, problem: problemRefused() };
    sel.removeAllRanges();
    sel.addRange(range);

    const payload = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '') + separatorAfter(range, editor);
    const before = countOf(editorText(editor), firstLine);

    if (tryExec(doc, payload) && countOf(editorText(editor), firstLine) > before) {
      return { ok: true, how: 'insertText' };
    }
    if (tryPaste(editor, doc, payload) && countOf(editorText(editor), firstLine) > before) {
      return { ok: true, how: 'paste' };
    }
    return { ok: false, problem: problemRefused() };
  } catch {
    return { ok: false, problem: problemRefused() };
  }
}

/** A collapsed range at the start of the editor's first block (not a signature or quote). */
function caretAtTop(editor: HTMLElement, doc: Document): Range {
  const range = doc.createRange();
  const first = editor.firstElementChild;
  const firstNode = firstMeaningfulChild(editor);
  if (first && firstNode === first && BLOCK_TAGS.has(first.tagName) && !first.matches(NOT_FIRST_BLOCK)) {
    // Descend to the first leaf so the text joins the paragraph's own formatting.
    let target: Node = first;
    while (target.firstChild && target.firstChild.nodeType === 1 && BLOCK_TAGS.has((target.firstChild as Element).tagName)) {
      target = target.firstChild;
    }
    range.setStart(target, 0);
  } else {
    range.setStart(editor, 0);
  }
  range.collapse(true);
  return range;
}

function firstMeaningfulChild(editor: HTMLElement): Node | null {
  for (const node of Array.from(editor.childNodes)) {
    if (node.nodeType === 3 && !(node.nodeValue ?? '').trim()) continue; // whitespace between tags
    if (node.nodeType === 8) continue; // comments
    return node;
  }
  return null;
}

/**
 * What to add after our text: a blank line when text follows in the caret's paragraph
 * or below (so the user's words stay a separate paragraph), one break when the caret sits
 * in an empty paragraph (its own <br> becomes the blank line).
 */
function separatorAfter(range: Range, editor: HTMLElement): string {
  const doc = editor.ownerDocument;
  const start = range.endContainer;
  const startEl = start.nodeType === 1 ? (start as Element) : start.parentElement;
  let block: Element | null = startEl;
  while (block && block !== editor && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  if (!block || block === editor) return '\n\n';
  const rest = doc.createRange();
  rest.setStart(range.endContainer, range.endOffset);
  rest.setEnd(block, block.childNodes.length);
  return rest.toString().trim() ? '\n\n' : '\n';
}

function tryExec(doc: Document, payload: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, payload);
  } catch {
    return false;
  }
}

function tryPaste(editor: HTMLElement, doc: Document, payload: string): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  try {
    const data = new view.DataTransfer();
    data.setData('text/plain', payload);
    const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    const sel = doc.getSelection();
    const anchor = sel && sel.rangeCount ? sel.getRangeAt(0).startContainer : editor;
    const target = (anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement) ?? editor;
    (editor.contains(target) ? target : editor).dispatchEvent(event);
    return true;
  } catch {
    return false;
  }
}

function editorText(editor: HTMLElement): string {
  const raw = typeof editor.innerText === 'string' && editor.innerText ? editor.innerText : (editor.textContent ?? '');
  return squashSpaces(raw);
}

function firstNonEmptyLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim());
  return squashSpaces(line ?? '');
}

function squashSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function countOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}
