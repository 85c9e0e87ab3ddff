// @vitest-environment jsdom
// insertAtTop's caret placement, separators and failure paths. jsdom has no editing engine,
// so execCommand is stubbed here with a minimal "insert text at the selection"; the real
// engine (trusted input event, undo) is checked in Chromium and Firefox by tests/browser/insert.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { insertAtTop } from '../../../src/content/insert';

const PROBLEM = /did not accept the draft/;

function editorWith(html: string): HTMLElement {
  // Static test markup only (no email content), parsed inert and adopted.
  const parsed = new DOMParser().parseFromString(`<div contenteditable="true">${html}</div>`, 'text/html');
  const editor = document.adoptNode(parsed.body.firstElementChild as HTMLElement);
  document.body.replaceChildren(editor);
  return editor;
}

/** Stub: inserts the text at the selection as one text node; records what it was asked. */
function stubExec(result = true): { calls: string[] } {
  const seen = { calls: [] as string[] };
  (document as unknown as { execCommand: (c: string, u: boolean, v: string) => boolean }).execCommand = (cmd, _ui, value) => {
    seen.calls.push(`${cmd}:${value}`);
    if (!result) return false;
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(value));
    return true;
  };
  return seen;
}

afterEach(() => {
  delete (document as unknown as { execCommand?: unknown }).execCommand;
  document.getSelection()?.removeAllRanges();
});

describe('insertAtTop', () => {
  it('puts the caret at the start of the first block, above the user text, signature and quote', () => {
    const editor = editorWith('<div>typed by user</div><div><br></div><div class="gmail_signature">Sam</div><div class="gmail_quote">old</div>');
    const seen = stubExec();
    expect(insertAtTop(editor, 'Dear Jane,\nThank you.', document)).toEqual({ ok: true, how: 'insertText' });
    expect(seen.calls).toEqual(['insertText:Dear Jane,\nThank you.\n\n']);
    expect(editor.firstElementChild!.textContent).toBe('Dear Jane,\nThank you.\n\ntyped by user');
    expect(editor.querySelector('.gmail_signature')!.textContent).toBe('Sam');
  });

  it('adds one break only when the first paragraph is empty (its <br> becomes the blank line)', () => {
    const editor = editorWith('<div><br></div><div id="Signature"><div>Sam</div></div>');
    const seen = stubExec();
    expect(insertAtTop(editor, 'Hello Tom,\n\nThanks.\n', document).ok).toBe(true);
    expect(seen.calls).toEqual(['insertText:Hello Tom,\n\nThanks.\n']);
  });

  it('starts above a signature that is the first block', () => {
    const editor = editorWith('<div id="Signature">Sam</div>');
    stubExec();
    insertAtTop(editor, 'Hi', document);
    expect(editor.firstChild!.nodeType).toBe(3);
    expect(editor.firstChild!.textContent).toBe('Hi\n\n');
  });

  it("goes to the top even when the user's caret or selection is inside the editor, replacing nothing", () => {
    const editor = editorWith('<div>Hello Jane, see below.</div>');
    const text = editor.firstElementChild!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.setEnd(text, 10); // "Jane" selected by the user
    document.getSelection()!.addRange(range);
    stubExec();
    expect(insertAtTop(editor, 'Priya', document).ok).toBe(true);
    expect(editor.textContent).toBe('Priya\n\nHello Jane, see below.');
  });

  it('ignores a selection outside the editor', () => {
    const editor = editorWith('<div>mine</div>');
    const outside = document.createElement('p');
    outside.textContent = 'page text';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    document.getSelection()!.addRange(range);
    stubExec();
    insertAtTop(editor, 'Top', document);
    expect(editor.textContent).toBe('Top\n\nmine');
    expect(outside.textContent).toBe('page text');
  });

  it('reports a problem and leaves the editor alone when nothing accepts the text', () => {
    const editor = editorWith('<div>keep me</div><div class="gmail_signature">Sam</div>');
    const before = editor.innerHTML;
    stubExec(false);
    const outcome = insertAtTop(editor, 'Dear Jane', document);
    expect(outcome).toEqual({ ok: false, problem: expect.stringMatching(PROBLEM) });
    expect(editor.innerHTML).toBe(before);
  });

  it('does not count text that was already there as success', () => {
    const editor = editorWith('<div>Dear Jane, already here</div>');
    (document as unknown as { execCommand: () => boolean }).execCommand = () => true; // claims success, does nothing
    expect(insertAtTop(editor, 'Dear Jane,', document).ok).toBe(false);
  });

  it('fails in plain words without execCommand, for empty text and for a detached editor', () => {
    const editor = editorWith('<div><br></div>');
    expect(insertAtTop(editor, 'Hi', document)).toEqual({ ok: false, problem: expect.stringMatching(PROBLEM) });
    expect(insertAtTop(editor, '  \n ', document)).toEqual({ ok: false, problem: expect.stringContaining('no draft text') });
    const detached = document.createElement('div');
    expect(insertAtTop(detached, 'Hi', document)).toEqual({ ok: false, problem: expect.stringContaining('closed') });
  });
});
