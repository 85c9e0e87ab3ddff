// Outlook on the web adapter (outlook.office.com, outlook.office365.com, outlook.live.com,
// outlook.cloud.microsoft), in the content script. Selectors: ./selectors.ts.
// The body is found first (by its id, its non-hashed class or its ARIA role, each holding
// the mail's rps_ wrapper) and we walk outward, so the adapter also copes with layouts
// that lack the ids (deeplink view, pop-out read, builds without UniqueMessageBody).
import { OWN_MARK, closestOf, pageLocales, hashKey, isHidden, isOwnNode, queryAll, queryFirst, squash } from '../dom';
import { MAX_BODY_CHARS, plainText, textExceeds } from '../text';
import { visibleText } from '../visible';
import { OUTLOOK_FROM_PREFIXES, OUTLOOK_REPLY_LABELS, OUTLOOK_SELECTORS as S } from './selectors';
import { defineWebmail, type ButtonSlot, type OpenMessage } from '../webmail';
import { simulateClick, waitFor } from '../open-reply';
import { tMessage } from '../../../shared/i18n';
import { composeEditors, owaComposeMayBe, owaComposeOwned, type Conversation } from './compose';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** "<label word>: rest", whatever the language ("De : …", "差出人: …"): split at the first colon. */
const LABELLED = /^\s*([^:：]{1,24}?)\s*[:：]\s*(.+)$/;
const FROM_WORDS = new Set(OUTLOOK_FROM_PREFIXES.map((w) => w.toLowerCase()));

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

/**
 * The sender from the header label "<From-word>: Name <address>". The label word is
 * localised: the prefix up to the first colon is dropped whatever the language, when it is
 * a known From word, or the rest holds an address or the name shown beside it.
 */
function parseSender(root: HTMLElement): { name: string; email: string } {
  for (const el of queryAll(root, S.senderLabel.join(', '))) {
    const match = LABELLED.exec(el.getAttribute('aria-label') ?? '');
    if (!match?.[2]) continue;
    const word = match[1]!.trim().toLowerCase();
    const rest = match[2].trim();
    const nameFromText = squash(el.textContent);
    if (!FROM_WORDS.has(word) && !EMAIL.test(rest) && !(nameFromText && rest.startsWith(nameFromText))) continue;
    const email = EMAIL.exec(rest)?.[0] ?? '';
    const nameFromLabel = squash(rest.replace(EMAIL, '').replace(/[<>()"]/g, ''));
    return { name: nameFromLabel || (EMAIL.test(nameFromText) ? '' : nameFromText), email };
  }
  const nameEl = queryFirst(root, S.senderName);
  const text = squash(nameEl?.textContent);
  return { name: EMAIL.test(text) ? '' : text, email: EMAIL.exec(text)?.[0] ?? '' };
}

const PROBLEM_NO_BODY = (): string =>
  tMessage({ key: 'diagnoseOutlookBody' }, 'Outlook: the message body was not found, so Tactful cannot read this message. Paste its text into the Tactful popup instead.');

const COMPOSES = [...S.composeRoot, ...S.notInPane].join(', ');

/**
 * Every message body in the page, once each: by id, then by the non-hashed class, then by
 * ARIA role; the class and role strategies only count an element that holds the mail's
 * rps_ wrapper (else role=region would also match a sender chip). Nested matches of one
 * message (id, role=document and the allowTextSelection wrapper) count once, the outermost.
 */
function findBodies(doc: Document): HTMLElement[] {
  const found: HTMLElement[] = [];
  S.body.forEach((sel, strategy) => {
    for (const el of queryAll(doc, sel)) {
      if (el.closest(COMPOSES) || el.closest('[contenteditable="true"]')) continue;
      if (strategy > 0 && !queryFirst(el, S.bodyContent)) continue;
      if (!found.includes(el)) found.push(el);
    }
  });
  const outermost = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  // Document order, as the conversation shows them.
  return outermost.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The conversation's subject heading: outside every message (a quoted "Subject:" is not it). */
function subjectElement(doc: Document, roots: HTMLElement[]): HTMLElement | null {
  return queryFirst(doc, S.subject, (el) => !roots.some((r) => r.contains(el)));
}

function subjectOf(doc: Document, roots: HTMLElement[]): string {
  const el = subjectElement(doc, roots);
  return squash(el?.getAttribute('title') || el?.textContent);
}

/** The body's visible text only (../visible.ts): what the user can see decides greeting and role. */
function bodyText(bodyEl: HTMLElement): string {
  // A huge body: read a bounded part without layout (styles of 5 MB block the tab).
  if (textExceeds(bodyEl, MAX_BODY_CHARS)) return plainText(bodyEl, () => false, MAX_BODY_CHARS);
  return visibleText(bodyEl).replace(/\n{3,}/g, '\n\n').trim();
}

function usable(el: HTMLElement): boolean {
  return !isHidden(el) && !el.hasAttribute('disabled') && el.getAttribute('aria-disabled') !== 'true' && !isOwnNode(el);
}

const labelOf = (el: Element): string => squash(el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent);

/** A Reply control among `candidates`: by icon (exact name, never …All…), then by localised label. */
function replyAmong(scope: ParentNode, candidates: string): HTMLElement | null {
  for (const sel of S.replyIcon) {
    for (const icon of queryAll(scope, sel)) {
      const button = icon.closest<HTMLElement>('button, [role="button"], [role="menuitem"]');
      if (button && usable(button)) return button;
    }
  }
  return queryAll(scope, candidates).find((el) => usable(el) && OUTLOOK_REPLY_LABELS.includes(labelOf(el))) ?? null;
}

function findReply(root: HTMLElement): HTMLElement | null {
  const toolbar = queryFirst(root, S.toolbar);
  return replyAmong(toolbar ?? root, 'button, [role="menuitem"], [role="button"]');
}

/**
 * Reply in the toolbar's overflow menu ("…"), where a tight header puts it: open the menu
 * and take its Reply item; only a menu that appeared after our click counts; closed again
 * (Escape) when it holds no Reply.
 */
async function replyFromOverflow(root: HTMLElement, doc: Document): Promise<HTMLElement | null> {
  const scope = queryFirst(root, S.toolbar) ?? root;
  const hit = queryFirst(scope, S.overflowButton, (el) => !isOwnNode(el));
  const more = hit?.closest<HTMLElement>('button, [role="button"]') ?? hit;
  if (!more || !usable(more)) return null;
  const items = S.menuItem.join(', ');
  const before = new Set(queryAll(doc, items));
  simulateClick(more);
  const first = await waitFor(doc, () => queryAll(doc, items).find((el) => !before.has(el)) ?? null, 1500);
  const menu = first?.closest<HTMLElement>('[role="menu"]');
  const reply = menu ? replyAmong(menu, '[role="menuitem"], button') : null;
  if (!reply) (menu ?? more).dispatchEvent(new (doc.defaultView ?? globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  return reply;
}

/** The conversation a message belongs to, as the compose checks need it. */
function conversationOf(message: OpenMessage, doc: Document): Conversation {
  const pane = closestOf(message.root, S.readingPane) ?? message.root.closest<HTMLElement>('[data-app-section="ConversationContainer"]')?.parentElement ?? null;
  return { subject: message.subject || subjectOf(doc, [message.root]), senderEmail: message.fromEmail, pane };
}

/** The open messages; `withBody` false skips reading the bodies (re-finding a message by key). */
function readMessages(doc: Document, withBody = true): OpenMessage[] {
  const bodies = findBodies(doc);
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
      // "Tue 01/12/2026 17:09" is 1 December in en-GB: read by the page's locale, never Date.parse.
      dateSources: {
        machine: [dateEl?.getAttribute('datetime'), root.querySelector('time[datetime]')?.getAttribute('datetime')],
        display: [dateEl?.getAttribute('title'), dateEl?.getAttribute('aria-label'), dateEl?.textContent],
        locales: pageLocales(doc),
      },
      body: withBody ? bodyText(bodyEl) : '',
    });
  });
  return out;
}

/** The message as it is in the DOM now (OWA re-renders the pane; the old root may be detached). */
function current(message: OpenMessage, doc: Document): OpenMessage | null {
  if (message.root.isConnected) return message;
  return readMessages(doc, false).find((m) => m.key === message.key) ?? null;
}

export const outlook = defineWebmail({
  name: 'outlook',
  label: 'Outlook',

  openMessages: (doc: Document): OpenMessage[] => readMessages(doc),

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
    const m = current(message, message.root.ownerDocument);
    return m ? findReply(m.root) : null;
  },

  editors: composeEditors,

  owns(message: OpenMessage, editor: HTMLElement, doc: Document): boolean {
    const m = current(message, doc);
    return !!m && owaComposeOwned(conversationOf(m, doc), editor);
  },

  fresh(message: OpenMessage, editor: HTMLElement, doc: Document): boolean {
    const m = current(message, doc);
    return !!m && owaComposeMayBe(conversationOf(m, doc), editor);
  },

  diagnose(doc: Document): string[] {
    // A message is on show (its actions toolbar or an expanded item in the reading pane) but no body is found.
    const pane = queryFirst(doc, S.readingPane);
    const shown = !!pane && (queryFirst(pane, S.toolbar) !== null || pane.querySelector('[data-app-section="ConversationContainer"] [aria-expanded="true"]') !== null);
    const messages = readMessages(doc, false);
    if (messages.length === 0) return shown ? [PROBLEM_NO_BODY()] : [];
    const out: string[] = [];
    if (messages.some((m) => !m.fromName && !m.fromEmail)) out.push(tMessage({ key: 'diagnoseOutlookSender' }, 'Outlook: the sender of this message was not found, so the draft will not name them.'));
    if (messages.some((m) => !findReply(m.root) && !queryFirst(m.root, S.overflowButton))) out.push(tMessage({ key: 'diagnoseOutlookReply' }, 'Outlook: this message\'s Reply button was not found (it may be in the “…” menu). Open the reply yourself, or copy the draft.'));
    return out;
  },

  revealReply(message: OpenMessage, doc: Document): Promise<HTMLElement | null> {
    const m = current(message, doc);
    return m ? replyFromOverflow(m.root, doc) : Promise.resolve(null);
  },

  subject: (message: OpenMessage, doc: Document) => subjectElement(doc, [current(message, doc)?.root ?? message.root]),

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
