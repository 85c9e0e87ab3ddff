// Gmail adapter (mail.google.com), in the content script. Selectors: ./selectors.ts.
import { OWN_MARK, closestOf, pageLocales, isDisabled, isHidden, isOwnNode, matchesAny, queryAll, queryAllFirst, queryFirst, squash } from '../dom';
import { MAX_BODY_CHARS, plainText, textExceeds } from '../text';
import { visibleText } from '../visible';
import { GMAIL_REPLY_LABELS, GMAIL_SELECTORS as S } from './selectors';
import { defineWebmail, type ButtonSlot, type OpenMessage } from '../webmail';
import { simulateClick, waitFor } from '../open-reply';
import { tMessage } from '../../../shared/i18n';
import { composeEditors, composeMayBe, composeOwnedBy } from './compose';

const list = (sels: readonly string[]): string => sels.join(', ');

/** Mutations inside these can change the open message(s) or their reply controls. */
const RELEVANT_NODES = list([
  ...S.message, ...S.subject.slice(0, 1), ...S.actionCell, ...S.bottomRow, ...S.replyArea,
  ...S.composeRoot, ...S.footerRow, '[g_editable="true"]', '[role="listitem"]', '[role="list"]', '[role="main"]', '[role="dialog"]',
]);
const WRAPPER_STATE = list([...S.expandedWrapper, ...S.collapsedWrapper, ...S.replyArea, '[role="listitem"]', 'div.adn']);
const CONTROL_AREAS = list([...S.actionCell, ...S.bottomRow]);

function isExpanded(el: HTMLElement): boolean {
  if (closestOf(el, S.collapsedWrapper)) return false;
  if (closestOf(el, S.expandedWrapper)) return true;
  const body = queryFirst(el, S.body);
  return !!body && !isHidden(body);
}

function messageKey(el: Element): string {
  const id = el.getAttribute('data-message-id') || el.getAttribute('data-legacy-message-id') || '';
  return id.replace(/^#/, '');
}

/** The conversation's subject heading (one per open conversation). */
function subjectElement(doc: Document): HTMLElement | null {
  return queryFirst(queryFirst(doc, S.main) ?? doc, S.subject) ?? queryFirst(doc, S.subject);
}

/** The conversation's subject (one per thread: read once per scan). */
function subjectOf(main: ParentNode, doc: Document): string {
  const subjectEl = queryFirst(main, S.subject) ?? queryFirst(doc, S.subject);
  return subjectEl ? squash(plainText(subjectEl)) : '';
}

function readMessage(el: HTMLElement, doc: Document, subject: () => string): OpenMessage | null {
  const key = messageKey(el);
  if (!key) return null;
  const sender = queryFirst(el, S.sender, (s) => !s.closest('.hb'));
  const dateEl = queryFirst(el, S.date);
  const bodyEl = queryFirst(el, S.body);
  return {
    key,
    root: el,
    subject: subject(),
    fromName: squash(sender?.getAttribute('name') || sender?.textContent),
    fromEmail: squash(sender?.getAttribute('email') || sender?.getAttribute('data-hovercard-id')),
    date: squash(dateEl?.getAttribute('title') || dateEl?.textContent),
    // Gmail's title holds the full localised date; the text may be "09:14 (2 hours ago)".
    dateSources: {
      machine: [dateEl?.getAttribute('datetime'), el.querySelector('time[datetime]')?.getAttribute('datetime')],
      display: [dateEl?.getAttribute('title'), dateEl?.getAttribute('aria-label'), dateEl?.textContent],
      locales: pageLocales(doc),
    },
    body: bodyEl ? bodyText(bodyEl) : '',
  };
}

/** The body's visible text only (../visible.ts): what the user can see decides greeting and role. */
function bodyText(bodyEl: HTMLElement): string {
  const hidden = (el: Element): boolean => matchesAny(el, S.bodyHidden);
  // A huge body: read a bounded part without layout (styles of 5 MB block the tab).
  if (textExceeds(bodyEl, MAX_BODY_CHARS)) return plainText(bodyEl, hidden, MAX_BODY_CHARS);
  return visibleText(bodyEl, hidden).replace(/\n{3,}/g, '\n\n').trim();
}

/** The message as it is in the DOM now (Gmail re-renders; the old root may be detached). */
function current(message: OpenMessage, doc: Document): HTMLElement | null {
  if (message.root.isConnected) return message.root;
  return queryFirst(doc, S.message, (el) => messageKey(el) === message.key);
}

function actionCell(root: HTMLElement): HTMLElement | null {
  return queryFirst(root, S.actionCell, (el) => !isHidden(el));
}

/** A bottom row the user can use: shown, not inside a compose. */
function usableRow(el: HTMLElement): boolean {
  return !isHidden(el) && !el.closest('.M9, form, [role="dialog"]');
}

/**
 * The bottom reply row for this message, or null. It replies to the latest message only.
 * Since Nov 2025 it sits in a sticky thread footer outside the list items and any table,
 * with hidden and in-table duplicates around (InboxSDK skips them): the footer row, or a
 * single visible row outside tables, wins; before that each message's list item had its own
 * row (in a table); an older layout had one row under the list. Ambiguous: none (no guess).
 */
function bottomRow(root: HTMLElement, doc: Document): HTMLElement | null {
  const main = closestOf(root, S.main) ?? queryFirst(doc, S.main) ?? doc;
  const expanded = queryAllFirst(doc, S.message, isExpanded);
  const isLast = expanded[expanded.length - 1] === root;
  const footer = queryAll(main, S.footerRow.join(', ')).filter(usableRow);
  const loose = queryAll(main, S.bottomRow[0]!).filter((el) => usableRow(el) && !el.closest('table') && !closestOf(el, S.listItem));
  const untabled = footer.length > 0 ? footer : loose;
  if (untabled.length > 0) return isLast && untabled.length === 1 ? untabled[0]! : null;
  const item = closestOf(root, S.listItem);
  const own = item ? queryFirst(item, S.bottomRow, usableRow) : null;
  if (own) return own;
  if (!isLast) return null;
  const rows = queryAllFirst(main, S.bottomRow, (el) => usableRow(el) && !closestOf(el, S.listItem));
  return rows.length === 1 ? rows[0]! : null;
}

function labelOf(el: Element): string {
  return squash(el.getAttribute('aria-label') || el.getAttribute('data-tooltip') || el.textContent);
}

/** Reaction controls, by their label in any of the usual languages (they sit before Reply). */
const REACTION = /reaction|emoji|reaktion|réaction|reacción|reazione|reactie|reação|reakcj/i;

function usableControl(el: HTMLElement): boolean {
  return !isDisabled(el) && !isHidden(el) && !isOwnNode(el);
}

function findReplyControl(root: HTMLElement, doc: Document): HTMLElement | null {
  const cell = actionCell(root);
  if (cell) {
    // 1. Structure: the first enabled control (native <button> or role=button) that is not a
    // menu opener, a reaction or disabled, and not nested in another control.
    const byPosition = queryAll(cell, S.control[0]!).find(
      (el) =>
        usableControl(el) && !matchesAny(el, S.notReply) && !el.parentElement?.closest(S.control[0]!) &&
        !el.querySelector(S.notReply.join(', ')) && !REACTION.test(labelOf(el)),
    );
    if (byPosition) return byPosition;
    // 2. The known classes, newest first (if the structure ever holds something odd first).
    const known = queryFirst(cell, S.replyButton, (el) => usableControl(el) && !matchesAny(el, S.notReply));
    if (known) return known;
  }
  // 3. The bottom reply row (replies to the latest message only).
  const row = bottomRow(root, doc);
  const bottom = row ? queryFirst(row, S.bottomReply, usableControl) : null;
  if (bottom) return bottom;
  // 4. Localised labels, last resort, within this message only.
  const scope = closestOf(root, S.listItem) ?? root;
  return (
    queryAll(scope, '[role="button"], [role="link"], button').find(
      (el) => usableControl(el) && !el.closest('.M9, [role="dialog"]') && GMAIL_REPLY_LABELS.includes(labelOf(el)),
    ) ?? null
  );
}

/**
 * Reply through this message's More menu (`li[data-action-type="94"]`, language-agnostic):
 * works for any message, also when the header shows no Reply. Only the menu that opens
 * after our click counts; closed again (Escape) when it has no Reply.
 */
async function replyFromMenu(root: HTMLElement, doc: Document): Promise<HTMLElement | null> {
  const cell = actionCell(root) ?? root;
  const more = queryFirst(cell, S.more, usableControl);
  if (!more) return null;
  const before = new Set(queryAll(doc, S.menuReply.join(', ')));
  simulateClick(more);
  const item = await waitFor(doc, () => queryAll(doc, S.menuReply.join(', ')).find((el) => !before.has(el) && !isHidden(el)) ?? null, 1500);
  if (!item) more.dispatchEvent(new (doc.defaultView ?? globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  return item;
}

export const gmail = defineWebmail({
  name: 'gmail',
  label: 'Gmail',

  openMessages(doc: Document): OpenMessage[] {
    // The conversation's root and subject once per scan, not once per open message.
    const main = queryFirst(doc, S.main) ?? doc;
    let subject: string | null = null;
    const subjectOnce = () => (subject ??= subjectOf(main, doc));
    const seen = new Set<string>();
    const out: OpenMessage[] = [];
    for (const el of queryAllFirst(main, S.message, isExpanded)) {
      const message = readMessage(el, doc, subjectOnce);
      if (message && !seen.has(message.key)) {
        seen.add(message.key);
        out.push(message);
      }
    }
    return out;
  },

  buttonSlot(message: OpenMessage): ButtonSlot | null {
    const doc = message.root.ownerDocument;
    const root = current(message, doc);
    if (!root) return null;
    const cell = actionCell(root);
    if (cell) {
      const before = Array.from(cell.children).find((c) => !c.hasAttribute(OWN_MARK)) ?? null;
      return { container: cell, before };
    }
    const row = bottomRow(root, doc);
    return row ? { container: row, before: null } : null;
  },

  replyControl(message: OpenMessage): HTMLElement | null {
    const doc = message.root.ownerDocument;
    const root = current(message, doc);
    return root ? findReplyControl(root, doc) : null;
  },

  editors: composeEditors,

  owns(message: OpenMessage, editor: HTMLElement, doc: Document): boolean {
    const root = current(message, doc);
    return !!root && composeOwnedBy(root, editor, doc);
  },

  fresh(message: OpenMessage, editor: HTMLElement, doc: Document): boolean {
    const root = current(message, doc);
    return !!root && composeMayBe(root, editor, doc);
  },

  diagnose(doc: Document): string[] {
    const main = queryFirst(doc, S.main);
    // A conversation is on show (its subject, its list of messages) but no message is found.
    const thread = !!main && (queryFirst(main, S.subject) !== null || main.querySelector('[role="list"] [role="listitem"]') !== null);
    const open = queryAllFirst(main ?? doc, S.message, isExpanded);
    if (open.length === 0) return thread ? [tMessage({ key: 'diagnoseGmailMessage' }, 'Gmail: the open message was not found, so Tactful cannot read it. Paste its text into the Tactful popup instead.')] : [];
    const out: string[] = [];
    if (open.some((el) => !queryFirst(el, S.body))) out.push(tMessage({ key: 'diagnoseGmailBody' }, 'Gmail: the message body was not found, so Tactful cannot read this message. Paste its text into the Tactful popup instead.'));
    if (open.some((el) => !actionCell(el) && !bottomRow(el, doc))) out.push(tMessage({ key: 'diagnoseGmailReply' }, 'Gmail: the reply buttons of this message were not found, so there is no place for Tactful’s button. Use the Tactful popup.'));
    return out;
  },

  revealReply(message: OpenMessage, doc: Document): Promise<HTMLElement | null> {
    const root = current(message, doc);
    return root ? replyFromMenu(root, doc) : Promise.resolve(null);
  },

  subject: (_message: OpenMessage, doc: Document) => subjectElement(doc),

  mutations: {
    relevant: RELEVANT_NODES,
    controls: CONTROL_AREAS,
    attribute(target: HTMLElement, name: string): boolean {
      if (name === 'data-message-id' || name === 'data-legacy-message-id') return true;
      if (name === 'class') return matchesAny(target, [WRAPPER_STATE]);
      if (name === 'style' || name === 'hidden') return matchesAny(target, [CONTROL_AREAS, list(S.replyArea), '[role="dialog"]']);
      return false;
    },
  },
});
