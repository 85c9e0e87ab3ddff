// Right-click "Draft polite decline" (and its siblings). On a webmail tab the content
// script does the work, exactly as the in-page button would; anywhere else the selected
// text is analysed here and the draft is placed with scripting + activeTab, so Tactful
// needs no host permission beyond the mail sites.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { Reply } from '../shared/messages';
import { MAIL_PATTERNS } from '../shared/hosts';
import type { QuickIntent } from '../shared/ids';
import { quickDraftFromText } from './quick-draft';
import { placeDraftInPage } from './place-draft';

const MENU_IDS: Record<QuickIntent, string> = {
  decline: 'draft-polite-decline',
  reschedule: 'ask-to-reschedule',
  withdraw: 'withdraw-from-interview',
};
const TITLE_KEYS: Record<QuickIntent, string> = { decline: 'menuDecline', reschedule: 'menuReschedule', withdraw: 'menuWithdraw' };
const SELECTION_SUFFIX = '-selection';

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

export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<string> {
  const intent = intentForMenu(info.menuItemId);
  if (!intent || tab?.id === undefined) return 'ignored';
  try {
    // A webmail tab answers through its content script.
    const reply = (await browser.tabs.sendMessage(tab.id, { type: 'tab/quick-draft', intent }, { frameId: 0 })) as Reply<string> | undefined;
    if (reply) return reply.ok ? `webmail:${reply.value}` : `webmail-error:${reply.error}`;
  } catch {
    // No content script here: not a webmail page. Fall through to the selection flow.
  }
  const text = info.selectionText ?? '';
  const draft = await quickDraftFromText(intent, text);
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      func: placeDraftInPage,
      args: [
        draft,
        {
          inserted: browser.i18n.getMessage('insertedIntoField'),
          copied: browser.i18n.getMessage('copiedInstead'),
          manual: browser.i18n.getMessage('pageManualCopy'),
        },
      ],
    });
    return `page:${String(result?.result ?? 'unknown')}`;
  } catch {
    // The browser refused us this page (no activeTab grant, a store page, a PDF…):
    // hand the draft to a popup tab instead of failing silently.
    await browser.storage.session.set({
      pendingDraft: { text: draft, why: browser.i18n.getMessage('pendingDraftWhy') },
    });
    await browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html?pending=1') });
    return 'popup:pending';
  }
}
