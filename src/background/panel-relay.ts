// Routes the panel's port: the frame (our page inside the webmail, src/frame/) connects here,
// and the worker connects on to the content script in frame 0 of the same tab, passing on
// only messages of the shapes src/shared/messages-panel.ts allows, each in its direction.
// The worker adds the user's kept edits to `panel/open` and stores new ones (panel-drafts).
// When the worker is stopped the ports drop; the frame connects again when it next needs
// to, and the content script takes it back by the same nonce.
import type { Runtime } from 'webextension-polyfill';
import browser from './ext';
import { PANEL_PORT, isPanelPageUrl, isToContent, isToFrame, isToWorker } from '../shared/messages-panel';
import { PANEL_PAGE } from '../shared/pages';
import { keepDraft, savedDraft } from './panel-drafts';

export function onPanelConnect(frame: Runtime.Port, ownId: string): void {
  if (frame.name !== PANEL_PORT) return;
  const s = frame.sender;
  const tabId = s?.tab?.id;
  // Our panel page, framed inside a tab (never the top frame, never another extension).
  if (!s || s.id !== ownId || !isPanelPageUrl(s.url, PANEL_PAGE) || typeof tabId !== 'number' || !s.frameId) {
    frame.disconnect();
    return;
  }
  let page: Runtime.Port;
  try {
    page = browser.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 });
  } catch {
    frame.disconnect();
    return;
  }
  let open = true;
  const end = () => {
    if (!open) return;
    open = false;
    for (const p of [frame, page]) {
      try {
        p.disconnect();
      } catch {
        // already gone
      }
    }
  };
  frame.onDisconnect.addListener(end);
  page.onDisconnect.addListener(end);
  frame.onMessage.addListener((m: unknown) => {
    if (isToWorker(m)) void keepDraft(tabId, m.key, m.draft, m.edited);
    else if (isToContent(m)) page.postMessage(m);
  });
  page.onMessage.addListener((m: unknown) => {
    if (!isToFrame(m)) return;
    if (m.type !== 'panel/open') return frame.postMessage(m);
    const { saved: _ignored, ...rest } = m; // only the worker says what was kept
    void savedDraft(tabId, m.key, m.email.subject).then((saved) => {
      if (open) frame.postMessage(saved ? { ...rest, saved } : rest);
    });
  });
}
