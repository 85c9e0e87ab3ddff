// Right-click "Draft polite decline" (and its siblings). Nothing goes into a message the user
// has not seen: on a webmail tab the content script opens the panel on the message that was
// right-clicked, with that reply chosen and its draft shown, one click from Insert; it never
// inserts by itself. Anywhere else the selected text is analysed here and the draft goes
// only into the text box the user right-clicked in (./place-draft.ts, with scripting +
// activeTab, so Tactful needs no host permission beyond the mail sites); otherwise Tactful's
// own window shows it to copy (the clipboard is written from that extension page, never from
// the page, which could read or swap it).
import type { Menus, Tabs } from 'webextension-polyfill';
import browser from './ext';
import type { Reply } from '../shared/messages';
import { MAIL_PATTERNS } from '../shared/hosts';
import type { QuickIntent } from '../shared/ids';
import { quickDraftFromText } from './quick-draft';
import { placeDraftInPage, type PlaceResult } from './place-draft';
import { showDraftToCopy } from './show-draft';

const MENU_IDS: Record<QuickIntent, string> = {
  decline: 'draft-polite-decline',
  reschedule: 'ask-to-reschedule',
  withdraw: 'withdraw-from-interview',
};
const TITLE_KEYS: Record<QuickIntent, string> = { decline: 'menuDecline', reschedule: 'menuReschedule', withdraw: 'menuWithdraw' };
const SELECTION_SUFFIX = '-selection';

/** Why the draft is shown to copy instead of placed, as a message key. */
const WHY_KEYS: Record<Extract<PlaceResult, { outcome: 'not-placed' }>['why'] | 'refused', string> = {
  'no-field': 'pendingNoField',
  'not-chosen': 'pendingFieldRefused',
  unfit: 'pendingFieldRefused',
  'not-taken': 'pendingNotTaken',
  refused: 'pendingDraftWhy',
};

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const intent of Object.keys(MENU_IDS) as QuickIntent[]) {
    const title = browser.i18n.getMessage(TITLE_KEYS[intent]);
    // On the mail sites: anywhere on the page, a message or its reply box.
    browser.contextMenus.create({ id: MENU_IDS[intent], title, contexts: ['page', 'frame', 'editable'], documentUrlPatterns: [...MAIL_PATTERNS] });
    // Everywhere: only when text is selected ('page' never matches together with a selection).
    browser.contextMenus.create({ id: MENU_IDS[intent] + SELECTION_SUFFIX, title, contexts: ['selection'] });
  }
}

function intentForMenu(menuItemId: string | number): QuickIntent | null {
  const id = String(menuItemId).replace(SELECTION_SUFFIX, '');
  const hit = (Object.entries(MENU_IDS) as [QuickIntent, string][]).find(([, v]) => v === id);
  return hit ? hit[0] : null;
}

/** OnClickData.targetElementId exists in Firefox only. */
type ClickData = Menus.OnClickData & { targetElementId?: number };

export async function onMenuClicked(info: ClickData, tab?: Tabs.Tab): Promise<string> {
  const intent = intentForMenu(info.menuItemId);
  if (!intent || tab?.id === undefined) return 'ignored';
  const selection = info.selectionText ?? '';
  let reply: Reply<string> | undefined;
  try {
    // A webmail tab answers through its content script: it shows the panel.
    reply = (await browser.tabs.sendMessage(tab.id, { type: 'tab/quick-draft', intent }, { frameId: 0 })) as Reply<string> | undefined;
  } catch {
    reply = undefined; // no content script here: not a webmail page
  }
  if (reply?.ok) return `webmail:${reply.value}`;
  if (reply) {
    // A webmail tab with no message to answer: say so where the user looks, with the
    // selection's draft if there is one.
    await showDraftToCopy(selection.trim() ? await quickDraftFromText(intent, selection) : '', browser.i18n.getMessage('pendingWebmailFailed', reply.error.replace(/[.!]+$/, '')));
    return `webmail-error:${reply.error}`;
  }

  const draft = await quickDraftFromText(intent, selection);
  let placed: PlaceResult | null = null;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      func: placeDraftInPage,
      args: [
        draft,
        { editable: info.editable === true, selection, targetElementId: typeof info.targetElementId === 'number' ? info.targetElementId : null },
        { inserted: browser.i18n.getMessage('insertedIntoField'), close: browser.i18n.getMessage('panelClose') },
      ],
    });
    const r = result?.result as PlaceResult | undefined;
    placed = r && (r.outcome === 'inserted' || (r.outcome === 'not-placed' && r.why in WHY_KEYS)) ? r : null;
  } catch {
    placed = null; // the browser refused us this page (no activeTab grant, a store page, a PDF…)
  }
  if (placed?.outcome === 'inserted') return 'page:inserted';
  const why = placed ? placed.why : 'refused';
  await showDraftToCopy(draft, browser.i18n.getMessage(WHY_KEYS[why]));
  return `shown:${why}`;
}
