// src/options/: the options page, an extension page. Entry: the browser-facing wiring only;
// everything else is in Options.tsx (tested).
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { prepareExtensionPage } from '../ui/extension-page';
import { messagingCoreClient } from '../ui/core-client';
import { Options, type OptionsDeps } from './Options';

prepareExtensionPage('optionsTitle');

const deps: OptionsDeps = {
  client: messagingCoreClient((msg) => browser.runtime.sendMessage(msg)),
  areas: browser.storage,
  onChanged: (listener) => {
    const l = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => listener(changes, areaName);
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  },
};

const app = document.getElementById('app');
if (app) render(<Options deps={deps} />, app);
