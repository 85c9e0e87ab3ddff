// Outlook on the web adapter (outlook.office.com, outlook.office365.com, outlook.live.com,
// outlook.cloud.microsoft), in the content script. Selectors: ./selectors.ts.
// The body (`[id^=UniqueMessageBody]`) is found first and we walk outward, so the adapter
// also copes with layouts that lack the reading-pane ids (deeplink view, pop-out read).
import { OWN_MARK, closestOf, hashKey, isHidden, isOwnNode, queryAll, queryAllFirst, queryFirst, squash } from '../dom';
import { MAX_BODY_CHARS, plainText, textExceeds } from '../text';
import { OUTLOOK_FROM_PREFIXES, OUTLOOK_REPLY_LABELS, OUTLOOK_SELECTORS as S } from './selectors';
import { defineWebmail, type ButtonSlot, type OpenMessage } from '../webmail';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const FROM_LABEL = new RegExp(`^\\s*(?:${OUTLOOK_FROM_PREFIXES.join('|')})\\s*:\\s*(.+)$`, 'i');

const RELEVANT_NODES = [
  ...S.body, ...S.readingPane, ...S.composeRoot, ...S.toolbar, '[data-app-section="ConversationContainer"]',
  '#MailList', '[data-convid]',
].join(', ');
const PANE_AREAS = [...S.readingPane, ...S.composeRoot].join(', ');

/** The message container around a body: known hooks first, then "the ancestor with a toolbar". */
function containerOf(body: HTMLElement): HTMLElement {
  const known = closestOf(body, S.messageContainer);
  if (known) return known;
  let cur: HTMLElement | null = body.parentElement;
  for (let depth = 0; cur && depth < 8; depth++, cur = cur.parentElement) {
    if (queryFirst(cur, S.toolbar)) return cur;
  }
  return body.parentElement ?? body;
}

function parseSender(root: HTMLElement): { name: string; email: string } {
  for (const el of queryAll(root, S.senderLabel.join(', '))) {
    const match = FROM_LABEL.exec(el.getAttribute('aria-label') ?? '');
    if (!match?.[1]) continue;
    const rest = match[1].trim();
    const email = EMAIL.exec(rest)?.[0] ?? '';
    const nameFromLabel = squash(rest.replace(EMAIL, '').replace(/[<>()"]/g, ''));
    const nameFromText = squash(el.textContent);
    return { name: nameFromLabel || (EMAIL.test(nameFromText) ? '' : nameFromText), email };
  }
  const nameEl = queryFirst(root, S.senderName);
  const text = squash(nameEl?.textContent);
  return { name: EMAIL.test(text) ? '' : text, email: EMAIL.exec(text)?.[0] ?? '' };
}

function subjectOf(doc: Document, roots: HTMLElement[]): string {
  const outside = (el: HTMLElement): boolean => !roots.some((r) => r.contains(el));
  const el = queryFirst(doc, S.subject, outside);
  return squash(el?.getAttribute('title') || el?.textContent);
}

function bodyText(bodyEl: HTMLElement): string {
  // A huge body: read a bounded part without layout (innerText of 5 MB blocks the tab).
  if (textExceeds(bodyEl, MAX_BODY_CHARS)) return plainText(bodyEl, () => false, MAX_BODY_CHARS);
  const inner = (bodyEl as { innerText?: unknown }).innerText;
  if (typeof inner === 'string' && inner.trim() && !isHidden(bodyEl)) return inner.replace(/\n{3,}/g, '\n\n').trim();
  return plainText(bodyEl);
}

function findReply(root: HTMLElement): HTMLElement | null {
  const usable = (el: HTMLElement): boolean => !isHidden(el) && !el.hasAttribute('disabled') && !isOwnNode(el);
  const toolbar = queryFirst(root, S.toolbar);
  const scope = toolbar ?? root;
  for (const sel of S.replyIcon) {
    for (const icon of queryAll(scope, sel)) {
      const button = icon.closest<HTMLElement>('button, [role="button"], [role="menuitem"]');
      if (button && usable(button)) return button;
    }
  }
  return (
    queryAll(scope, 'button, [role="menuitem"], [role="button"]').find(
      (el) => usable(el) && OUTLOOK_REPLY_LABELS.includes(squash(el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent)),
    ) ?? null
  );
}

function isBodyEditor(el: HTMLElement): boolean {
  // Never a To/Cc/Bcc well (contenteditable without aria-multiline) unless it is the #editorParent body.
  return !isHidden(el) && (el.getAttribute('aria-multiline') === 'true' || !!el.parentElement?.closest('[id^="editorParent_"]'));
}

export const outlook = defineWebmail({
  name: 'outlook',
  label: 'Outlook',

  openMessages(doc: Document): OpenMessage[] {
    const bodies = queryAllFirst(doc, S.body, (el) => !el.closest(S.composeRoot.join(', ')) && !el.closest('[contenteditable="true"]'));
    const roots = bodies.map(containerOf);
    const subject = subjectOf(doc, roots);
    const convid = queryFirst(doc, S.selectedConversation)?.getAttribute('data-convid') ?? '';
    const out: OpenMessage[] = [];
    bodies.forEach((bodyEl, index) => {
      const root = roots[index];
      if (!root || out.some((m) => m.root === root)) return;
      const sender = parseSender(root);
      const dateEl = queryFirst(root, S.date);
      const base = convid || `h${hashKey(`${subject}\n${sender.email || sender.name}`)}`;
      out.push({
        key: `${base}#${index}`,
        root,
        subject,
        fromName: sender.name,
        fromEmail: sender.email,
        date: squash(dateEl?.getAttribute('datetime') ? dateEl.textContent || dateEl.getAttribute('datetime') : dateEl?.textContent),
        body: bodyText(bodyEl),
      });
    });
    return out;
  },

  buttonSlot(message: OpenMessage): ButtonSlot | null {
    const toolbar = queryFirst(message.root, S.toolbar);
    if (toolbar) {
      const before = Array.from(toolbar.children).find((c) => !c.hasAttribute(OWN_MARK)) ?? null;
      return { container: toolbar, before };
    }
    const reply = findReply(message.root);
    return reply?.parentElement ? { container: reply.parentElement, before: reply } : null;
  },

  replyControl(message: OpenMessage): HTMLElement | null {
    return message.root.isConnected ? findReply(message.root) : null;
  },

  replyEditor(_message: OpenMessage, doc: Document): HTMLElement | null {
    // OWA shows one reply at a time, for the open conversation.
    return queryFirst(doc, S.editor, isBodyEditor);
  },

  mutations: {
    relevant: RELEVANT_NODES,
    controls: S.toolbar.join(', '),
    attribute(target: HTMLElement, name: string): boolean {
      if (name === 'aria-selected') return target.hasAttribute('data-convid') || !!target.closest('#MailList');
      if (name === 'aria-expanded') return !!target.closest(PANE_AREAS) || queryFirst(target, S.body) !== null;
      return false;
    },
  },
});
