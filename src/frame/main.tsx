// src/frame/: the in-page panel's own extension page. The content script puts it in an
// iframe inside a closed shadow root on the webmail (web-accessible to the mail hosts only,
// at a per-session URL in Chromium), so the draft, the templates and the settings live in the
// extension's origin, out of the page's reach. Entry: connect to the content script of this
// tab through the worker (./port.ts), with the nonce from our URL; render what it sends.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { prepareExtensionPage } from '../ui/extension-page';
import { messagingCoreClient } from '../ui/core-client';
import { loadSettings, updateSettings } from '../shared/settings';
import { t } from '../shared/i18n';
import { FramePanel } from './FramePanel';
import { linkToPage } from './port';
import { keepWorkerAwake } from './keep-awake';
import type { PanelOpen } from '../shared/messages-panel';

prepareExtensionPage('panelTitle');
const style = document.createElement('style');
// The iframe is the panel's box (the content script sizes it to the panel's height).
style.textContent = `.tf-panel { width: 100%; max-height: 100vh; box-shadow: none; border-radius: 12px; }
.tf-notice { margin: 0 0 8px 0; }`;
document.head.append(style);

const app = document.getElementById('app');
let opened: PanelOpen | null = null;
// Made ahead of the click (`hidden`): drafts, but inserts, saves and focuses nothing until the
// content script says over the port that the user opened it (`panel/shown`).
let shown = false;
// The most height the panel has where the content script put it (it says so as the page moves).
let room = 0;
let roomChanged: ((px: number) => void) | null = null;
const close = () => link.post({ type: 'panel/close' });
// One client for the frame's life: a new one on each render would be a new prop to draft with.
const client = messagingCoreClient((msg) => browser.runtime.sendMessage(msg));

function draw(m: PanelOpen): void {
  if (!app) return;
  render(
    <FramePanel
      open={m}
      shown={shown}
      client={client}
      loadSettings={async () => (await loadSettings(browser.storage)).settings}
      watchSettings={(cb) => browser.storage.onChanged.addListener((_c, area) => area !== 'session' && cb())}
      insert={link.insert}
      keep={(draft, edited) => link.post({ type: 'panel/keep', key: m.key, draft, edited })}
      close={close}
      reportHeight={(height, folded) => link.post({ type: 'panel/size', height, folded })}
      watchRoom={(cb) => {
        roomChanged = cb;
        if (room > 0) cb(room);
      }}
      saveName={async (name) => {
        const r = await updateSettings(browser.storage, { candidateName: name });
        return r.ok ? { ok: true } : { ok: false, error: r.error };
      }}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    app,
  );
}

/** The user opened it. The worker forwards `panel/shown` at once but `panel/open` after a storage read: either may come first. */
function show(): void {
  if (shown) return;
  shown = true;
  if (opened) start(opened);
}

function start(m: PanelOpen): void {
  keepWorkerAwake((msg) => browser.runtime.sendMessage(msg)); // only while the user has it open
  draw(m);
}

const link = linkToPage(
  location.hash.slice(1),
  (m) => {
    if (opened) return; // one message per frame: another one gets a new frame
    opened = m;
    document.addEventListener('keydown', (e) => {
      if (shown && e.key === 'Escape' && !e.defaultPrevented) close();
    });
    if (m.hidden !== true) shown = true;
    if (shown) start(m);
    else draw(m);
  },
  () => ({ ok: false, problem: t('panelDisconnected') }),
  (px) => {
    room = px;
    roomChanged?.(px);
  },
  show,
);
