// src/background/: the service worker. Message routing (and the panel's port, panel-relay.ts), the core service (the two pure
// cores run here), the context menu, the keyboard command and the badge. Listeners are registered at the top level so a
// worker woken by an event finds them.
import type { Runtime } from 'webextension-polyfill';
import browser from './ext';
import { routeMessage } from './router';
import { setBadge } from './badge';
import { createMenus, onMenuClicked } from './context-menu';
import { onCommand } from './commands';
import { holdForTest, installTestHooks } from './test-hooks';
import { forgetTabDrafts } from './panel-drafts';
import { onPanelConnect } from './panel-relay';
import { onWakeConnect } from './warm-up';
import { cachedCandidateName, forgetCandidateName } from './page-analysis';
import { loadUserSettings } from './defaults';

const candidateName = () => cachedCandidateName(loadUserSettings);
browser.storage.onChanged.addListener(forgetCandidateName);

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
});

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  const route = () => routeMessage(msg, sender, { ownId: browser.runtime.id, setBadge, candidateName });
  // The test build can hold an analysis unanswered, as a worker stopped mid-way leaves it.
  if (__TACTFUL_TEST_HOOKS__) return holdForTest(msg).then((held) => (held ? new Promise<never>(() => {}) : route()));
  return Promise.resolve(route());
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  void onMenuClicked(info, tab);
});

browser.commands.onCommand.addListener((command) => {
  void onCommand(command);
});

// The panel's port (panel-relay.ts) and the content script's wake port (src/content/wake.ts:
// warm up, keep it open).
browser.runtime.onConnect.addListener((port) => {
  if (!onWakeConnect(port, browser.runtime.id)) onPanelConnect(port, browser.runtime.id);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTabDrafts(tabId);
});

// Only in the build the browser tests drive (dist/<target>); the store build leaves it out.
if (__TACTFUL_TEST_HOOKS__) installTestHooks();
