// src/popup/: the toolbar popup, an extension page. Entry: the browser-facing wiring only;
// everything else is in Popup.tsx (tested).
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { prepareExtensionPage } from '../ui/extension-page';
import { messagingCoreClient } from '../ui/core-client';
import { loadSettings, updateSettings } from '../shared/settings';
import { Popup, type PopupDeps } from './Popup';

prepareExtensionPage('popupTitle');

const deps: PopupDeps = {
  client: messagingCoreClient((msg) => browser.runtime.sendMessage(msg)),
  loadSettings: () => loadSettings(browser.storage),
  activeTabId: async () => {
    // ?tab=<id> lets the popup page, opened in a tab of its own (browser tests, or a user
    // who pinned it), act on a given webmail tab; only our own pages can open this URL.
    const forced = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(forced) && forced > 0) return forced;
    return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  },
  sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
  loadPending: async () => {
    if (!new URLSearchParams(location.search).has('pending')) return null;
    const { pendingDraft } = await browser.storage.session.get('pendingDraft');
    await browser.storage.session.remove('pendingDraft');
    const p = pendingDraft as { text?: unknown; why?: unknown } | undefined;
    return p && typeof p.text === 'string' && typeof p.why === 'string' ? { text: p.text, why: p.why } : null;
  },
  openOptions: () => {
    void browser.runtime.openOptionsPage();
  },
  saveName: async (name) => {
    const r = await updateSettings(browser.storage, { candidateName: name });
    return r.ok ? { ok: true } : { ok: false, error: r.error };
  },
};

const app = document.getElementById('app');
if (app) {
  render(<Popup deps={deps} />, app);
  // First paint of the shell: read by the browser test.
  performance.mark('tactful-first-paint');
  document.body.dataset.firstPaintMs = String(Math.round(performance.now()));
}
