// The frame's end of the panel's port (src/shared/messages-panel.ts): runtime.connect to the
// worker, which routes to the content script. When the worker is stopped the port drops;
// the next message connects again and says the nonce first, so the content script takes
// this frame back. An Insert still waiting when the port drops gets a plain-words failure.
import browser, { type Runtime } from 'webextension-polyfill';
import type { InsertResult } from '../shared/messages';
import { PANEL_PORT, isToFrame, type PanelOpen, type ToContent, type ToWorker } from '../shared/messages-panel';

export interface PanelLink {
  post(m: ToContent | ToWorker): void;
  insert(text: string): Promise<InsertResult>;
}

export function linkToPage(
  nonce: string,
  onOpen: (m: PanelOpen) => void,
  lost: () => InsertResult,
  onRoom: (px: number) => void = () => {},
  onShown: () => void = () => {},
): PanelLink {
  let port: Runtime.Port | null = null;
  let seq = 0;
  const waiting = new Map<number, (r: InsertResult) => void>();

  function connect(): Runtime.Port {
    const p = browser.runtime.connect({ name: PANEL_PORT });
    p.onMessage.addListener((m: unknown) => {
      if (!isToFrame(m)) return;
      if (m.type === 'panel/open') return onOpen(m);
      if (m.type === 'panel/room') return onRoom(m.room);
      if (m.type === 'panel/shown') return onShown();
      waiting.get(m.id)?.(m.result);
      waiting.delete(m.id);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      for (const done of waiting.values()) done(lost());
      waiting.clear();
    });
    p.postMessage({ type: 'panel/hello', nonce } satisfies ToContent);
    return p;
  }

  function post(m: ToContent | ToWorker): void {
    try {
      port ??= connect();
      port.postMessage(m);
    } catch {
      port = null; // the extension itself is gone (updated): nothing to say it to
    }
  }

  port = connect();
  return {
    post,
    insert: (text) =>
      new Promise<InsertResult>((resolve) => {
        const id = ++seq;
        waiting.set(id, resolve);
        post({ type: 'panel/insert', id, text });
        if (!port) {
          waiting.delete(id);
          resolve(lost());
        }
      }),
  };
}
