// The service worker: message routing, the core service, the context menu, the
// keyboard command and the badge. Listeners are registered at the top level so a
// worker woken by an event finds them.
import browser, { type Runtime } from 'webextension-polyfill';
import { routeMessage } from './router';
import { setBadge } from './badge';
import { createMenus, onMenuClicked } from './context-menu';
import { onCommand } from './commands';
import { placeDraftInPage } from './place-draft';

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
});

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) =>
  Promise.resolve(routeMessage(msg, sender, { ownId: browser.runtime.id, setBadge })),
);

browser.contextMenus.onClicked.addListener((info, tab) => {
  void onMenuClicked(info, tab);
});

browser.commands.onCommand.addListener((command) => {
  void onCommand(command);
});

// Test hooks: let the browser tests await the outcome of a menu click and run the page
// placer on a page of their own. Harmless: they only expose what the menu already does.
Object.assign(globalThis, { tactfulMenuClick: onMenuClicked, tactfulPlaceDraftSource: placeDraftInPage.toString() });
