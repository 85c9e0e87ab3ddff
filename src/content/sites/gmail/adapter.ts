// Gmail adapter (mail.google.com), in the content script. Selectors: ./selectors.ts.
import { OWN_MARK, closestOf, isDisabled, isHidden, isOwnNode, matchesAny, queryAll, queryAllFirst, queryFirst, squash } from '../dom';
import { MAX_BODY_CHARS, plainText, textExceeds } from '../text';
import { GMAIL_REPLY_LABELS, GMAIL_SELECTORS as S } from './selectors';
import { defineWebmail, type ButtonSlot, type OpenMessage } from '../webmail';

const list = (sels: readonly string[]): string => sels.join(', ');

/** Mutations inside these can change the open message(s) or their reply controls. */
const RELEVANT_NODES = list([
  ...S.message, ...S.subject.slice(0, 1), ...S.actionCell, ...S.bottomRow, ...S.replyArea,
  ...S.composeRoot, '[g_editable="true"]', '[role="listitem"]', '[role="list"]', '[role="main"]', '[role="dialog"]',
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

function readMessage(el: HTMLElement, doc: Document): OpenMessage | null {
  const key = messageKey(el);
  if (!key) return null;
  const main = queryFirst(doc, S.main) ?? doc;
  const subjectEl = queryFirst(main, S.subject) ?? queryFirst(doc, S.subject);
  const sender = queryFirst(el, S.sender, (s) => !s.closest('.hb'));
  const dateEl = queryFirst(el, S.date);
  const bodyEl = queryFirst(el, S.body);
  return {
    key,
    root: el,
    subject: subjectEl ? squash(plainText(subjectEl)) : '',
    fromName: squash(sender?.getAttribute('name') || sender?.textContent),
    fromEmail: squash(sender?.getAttribute('email') || sender?.getAttribute('data-hovercard-id')),
    date: squash(dateEl?.getAttribute('title') || dateEl?.textContent),
    body: bodyEl ? bodyText(bodyEl) : '',
  };
}

/** innerText when the browser gives one; otherwise text without the hidden (trimmed) quote. */
function bodyText(bodyEl: HTMLElement): string {
  // A huge body: read a bounded part without layout (innerText of 5 MB blocks the tab).
  if (textExceeds(bodyEl, MAX_BODY_CHARS)) return plainText(bodyEl, (el) => matchesAny(el, S.bodyHidden), MAX_BODY_CHARS);
  const inner = (bodyEl as { innerText?: unknown }).innerText;
  if (typeof inner === 'string' && inner.trim() && !isHidden(bodyEl)) return inner.replace(/\n{3,}/g, '\n\n').trim();
  return plainText(bodyEl, (el) => matchesAny(el, S.bodyHidden));
}

/** The message as it is in the DOM now (Gmail re-renders; the old root may be detached). */
function current(message: OpenMessage, doc: Document): HTMLElement | null {
  if (message.root.isConnected) return message.root;
  return queryFirst(doc, S.message, (el) => messageKey(el) === message.key);
}

function actionCell(root: HTMLElement): HTMLElement | null {
  return queryFirst(root, S.actionCell, (el) => !isHidden(el));
}

/** The visible bottom reply row that belongs to this message (current or older layout). */
function bottomRow(root: HTMLElement, doc: Document): HTMLElement | null {
  const visible = (el: HTMLElement): boolean => !isHidden(el) && !el.closest('.M9');
  const item = closestOf(root, S.listItem);
  const own = item ? queryFirst(item, S.bottomRow, visible) : null;
  if (own) return own;
  // Older layout: one row under the list, for the last expanded message only.
  const expanded = queryAllFirst(doc, S.message, isExpanded);
  if (expanded[expanded.length - 1] !== root) return null;
  const rows = queryAllFirst(queryFirst(doc, S.main) ?? doc, S.bottomRow, (el) => visible(el) && !closestOf(el, S.listItem));
  return rows[rows.length - 1] ?? null;
}

function labelOf(el: Element): string {
  return squash(el.getAttribute('aria-label') || el.getAttribute('data-tooltip') || el.textContent);
}

function findReplyControl(root: HTMLElement, doc: Document): HTMLElement | null {
  const usable = (el: HTMLElement): boolean => !isDisabled(el) && !isHidden(el) && !isOwnNode(el);
  const cell = actionCell(root);
  if (cell) {
    // 1. The known classes, newest first.
    const known = queryFirst(cell, S.replyButton, usable);
    if (known) return known;
    // 2. By position: the first enabled button that is not the reaction or the More button.
    const byPosition = queryAll(cell, '[role="button"]').find(
      (el) => usable(el) && !matchesAny(el, S.notReply) && !el.parentElement?.closest('[role="button"]'),
    );
    if (byPosition) return byPosition;
  }
  // 3. The bottom reply row (replies to the latest message).
  const row = bottomRow(root, doc);
  const bottom = row ? queryFirst(row, S.bottomReply, usable) : null;
  if (bottom) return bottom;
  // 4. Localised labels, last resort.
  const scope = closestOf(root, S.listItem) ?? root;
  return (
    queryAll(scope, '[role="button"], [role="link"], button').find(
      (el) => usable(el) && GMAIL_REPLY_LABELS.includes(labelOf(el)),
    ) ?? null
  );
}

/** A real compose editor: inside a compose root that has Gmail's hidden compose inputs. */
function isComposeEditor(el: HTMLElement): boolean {
  const root = closestOf(el, S.composeRoot);
  if (!root || isHidden(el)) return false;
  const form = root.closest('.M9, [role="dialog"]') ?? root;
  return queryFirst(form, S.composeMarker) !== null;
}

function findEditor(root: HTMLElement, doc: Document): HTMLElement | null {
  const item = closestOf(root, S.listItem);
  // The inline reply under this message.
  if (item) {
    const own = queryFirst(item, S.editor, isComposeEditor);
    if (own) return own;
  }
  const all = queryAllFirst(doc, S.editor, isComposeEditor);
  // Older layout: the reply area under the list, outside every list item (last message only).
  const expanded = queryAllFirst(doc, S.message, isExpanded);
  if (expanded[expanded.length - 1] === root) {
    const loose = all.find((el) => !closestOf(el, S.listItem) && !el.closest('[role="dialog"]'));
    if (loose) return loose;
  }
  // A popped-out reply: the most recent dialog compose.
  const popouts = all.filter((el) => el.closest('[role="dialog"]'));
  return popouts[popouts.length - 1] ?? null;
}

export const gmail = defineWebmail({
  name: 'gmail',
  label: 'Gmail',

  openMessages(doc: Document): OpenMessage[] {
    const main = queryFirst(doc, S.main) ?? doc;
    const seen = new Set<string>();
    const out: OpenMessage[] = [];
    for (const el of queryAllFirst(main, S.message, isExpanded)) {
      const message = readMessage(el, doc);
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

  replyEditor(message: OpenMessage, doc: Document): HTMLElement | null {
    const root = current(message, doc);
    return root ? findEditor(root, doc) : null;
  },

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
