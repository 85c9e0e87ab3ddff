// Which Gmail compose belongs to which message (issue 12): content script.
//
// A reply editor is this message's only when one of these independent proofs holds
// (research: /work/notes/markup-2026.md §1.4–1.5, FlowCrypt, InboxSDK, mailvelope):
// - hidden inputs: the compose's `rm` (the replied-to message) names this message;
// - structure: the reply area holding the editor is the next sibling of this message's
//   `div.adn` (or of the list whose last message it is), inside the same conversation;
// and none says otherwise (an `rm` naming another message, an `lts` naming another thread).
// A compose in a dialog, a mole (floating New Message) or full screen is never proved by
// structure: only by its inputs, or by Tactful having just opened it (./../open-reply.ts).
// Class names are not relied on: Gmail A/B-renames them (Ht → Ht-<hash>).
import { closestOf, isHidden, isOwnNode, queryAll, queryAllFirst, queryFirst } from '../dom';
import { GMAIL_SELECTORS as S } from './selectors';

const EDITORS = S.editor.join(', ');
const MARKERS = S.composeMarker.join(', ');
const ELSEWHERE = S.notInThread.join(', ');

export interface ComposeInputs {
  /** Some compose input was found around the editor (composeid, draft, subjectbox, rm, lts). */
  found: boolean;
  rm: string;
  lts: string;
}

/**
 * The hidden inputs of the compose around `editor`: looked for in the nearest ancestor that
 * has any (the form is a sibling of the editor's table, sometimes outside the `.M9`),
 * never past an ancestor that holds a message (that would be the conversation, not the compose).
 */
export function composeInputs(editor: HTMLElement): ComposeInputs {
  let el: HTMLElement | null = editor.parentElement;
  for (let depth = 0; el && depth < 14; depth++, el = el.parentElement) {
    if (el.matches('[role="listitem"], [role="main"], [role="list"], body') || el.querySelector('[data-message-id]')) break;
    const inputs = queryAll(el, MARKERS);
    if (inputs.length === 0) continue;
    const value = (name: string): string => inputs.find((i) => i.getAttribute('name') === name)?.getAttribute('value')?.trim() ?? '';
    return { found: true, rm: value('rm'), lts: value('lts') };
  }
  return { found: false, rm: '', lts: '' };
}

/** A compose body editor (not a signature editor in Settings, not hidden, not ours). */
export function isComposeEditor(el: HTMLElement): boolean {
  return !isHidden(el) && !isOwnNode(el) && composeInputs(el).found;
}

export function composeEditors(doc: Document): HTMLElement[] {
  return queryAll(doc, EDITORS).filter(isComposeEditor);
}

/** The thread's legacy id (`h2[data-legacy-thread-id]`; data-thread-perm-id can be "undefined"). */
export function threadId(doc: Document): string {
  const main = queryFirst(doc, S.main) ?? doc;
  return (queryFirst(main, S.threadId) ?? queryFirst(doc, S.threadId))?.getAttribute('data-legacy-thread-id')?.trim() ?? '';
}

const DEC = /^\d+$/;
const HEX = /^[0-9a-f]+$/i;

/**
 * Does an `rm` value name this message? true / false when the value is an id we can read
 * (`#msg-f:<dec>`, `msg-a:r…`, the decimal or hex legacy id), null when its format is unknown.
 */
export function rmNames(rm: string, message: HTMLElement): boolean | null {
  const bare = rm.replace(/^#/, '').replace(/^(?:thread|msg)-[af]:(?:r-?)?/i, '');
  if (!bare) return null;
  const dec = (message.getAttribute('data-message-id') ?? '').replace(/^#/, '').replace(/^msg-[af]:/, '');
  const hex = message.getAttribute('data-legacy-message-id') ?? '';
  const forms = new Set([dec, hex.toLowerCase()].filter(Boolean));
  try {
    if (hex && HEX.test(hex)) forms.add(BigInt(`0x${hex}`).toString());
    if (dec && DEC.test(dec)) forms.add(BigInt(dec).toString(16));
  } catch {
    /* not a number after all */
  }
  if (!DEC.test(bare) && !HEX.test(bare)) return null;
  return forms.has(bare.toLowerCase());
}

/** Do the compose's inputs say it is another message's or another thread's? */
function saysAnother(inputs: ComposeInputs, message: HTMLElement, doc: Document): boolean {
  if (inputs.rm && rmNames(inputs.rm, message) === false) return true;
  const thread = threadId(doc);
  return !!(inputs.lts && thread && inputs.lts !== thread);
}

function lastMessageIn(container: Element): Element | null {
  const all = queryAllFirst(container, S.message);
  return all[all.length - 1] ?? null;
}

/**
 * Structure: walking up from the editor, an ancestor whose previous sibling is this message
 * (current layout: `div.adn` + its reply box), or holds it as its last message (the reply
 * area under the list, older layout) — inside the same conversation (`role=main`).
 */
function underMessage(message: HTMLElement, editor: HTMLElement, doc: Document): boolean {
  const main = closestOf(message, S.main) ?? doc.body;
  for (let el = editor.parentElement; el && el !== main && main?.contains(el); el = el.parentElement) {
    const prev = el.previousElementSibling;
    if (prev === message) return true;
    if (prev && prev.contains(message) && lastMessageIn(prev) === message) return true;
    if (el.contains(message)) return false;
  }
  return false;
}

/** Is `editor` provably the reply to `message`? */
export function composeOwnedBy(message: HTMLElement, editor: HTMLElement, doc: Document): boolean {
  if (!isComposeEditor(editor)) return false;
  const inputs = composeInputs(editor);
  if (saysAnother(inputs, message, doc)) return false;
  if (inputs.rm && rmNames(inputs.rm, message) === true) return true;
  if (editor.closest(ELSEWHERE)) return false;
  return underMessage(message, editor, doc);
}

/**
 * An editor that appeared right after Tactful clicked this message's Reply: nothing says it
 * is another's, and it is in this conversation, or (a pop-out) its inputs name this thread.
 */
export function composeMayBe(message: HTMLElement, editor: HTMLElement, doc: Document): boolean {
  if (!isComposeEditor(editor)) return false;
  const inputs = composeInputs(editor);
  if (saysAnother(inputs, message, doc)) return false;
  if (composeOwnedBy(message, editor, doc)) return true;
  if (editor.closest(ELSEWHERE)) return !!inputs.lts || (!!inputs.rm && rmNames(inputs.rm, message) === true);
  const main = closestOf(message, S.main);
  return !!main && main.contains(editor);
}
