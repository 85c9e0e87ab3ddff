// Options page entry: the browser-facing wiring only; everything else is in Options.tsx (tested).
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { STYLES } from '../ui/styles';
import { messagingCoreClient } from '../ui/core-client';
import { Options, type OptionsDeps } from './Options';
import { t } from '../ui/i18n';

document.title = t('optionsTitle'); // index.html's <title> is the English stand-in
const style = document.createElement('style');
style.textContent = STYLES;
document.head.appendChild(style);

const deps: OptionsDeps = {
  client: messagingCoreClient((msg) => browser.runtime.sendMessage(msg)),
  area: browser.storage.sync,
  onChanged: (listener) => {
    const l = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
      if (areaName === 'sync') listener(changes);
    };
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  },
};

const app = document.getElementById('app');
if (app) render(<Options deps={deps} />, app);
