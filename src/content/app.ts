// The content script's life: watch the webmail, analyse each open message once, put one
// "Reply tactfully" button beside the reply controls of each invitation, and answer the
// popup and the service worker. Nothing here may throw into the page.
import browser from 'webextension-polyfill';
import { messagingCoreClient, type CoreClient } from '../ui/core-client';
import { loadSettings, type Settings, defaultSettings } from '../shared/settings';
import type { Reply, TabMessage, TabRequest } from '../shared/messages';
import { acceptTabRequest } from '../shared/messages';
import type { OpenMessage, Webmail } from './sites/webmail';
import { createButton } from './button';
import { pageTheme } from './page-theme';
import { fingerprint, toEmailInput, type Tracked } from './messages-state';
import { watchPage, type Watcher } from './watch';
import { insertIntoReply } from './reply';
import { openPanel, closePanel } from './panel';
import { quickDraft, rightClicks } from './quick-draft';

export interface App {
  scanNow(): void;
  stop(): void;
}

export function startTactful(adapter: Webmail, doc: Document): App {
  const client: CoreClient = messagingCoreClient((msg) => browser.runtime.sendMessage(msg));
  const tracked = new Map<string, Tracked>();
  const analysing = new Set<string>();
  let settings: Settings = defaultSettings();
  let lastBadge: boolean | null = null;

  const refreshSettings = () =>
    loadSettings(browser.storage)
      .then((r) => {
        settings = r.settings;
      })
      .catch(() => {});
  void refreshSettings();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync' || area === 'local') void refreshSettings();
  });

  function setBadge(): void {
    const any = [...tracked.values()].some((t) => t.analysis?.invitation);
    if (any === lastBadge) return;
    lastBadge = any;
    void browser.runtime.sendMessage({ type: 'badge', invitation: any }).catch(() => {});
  }

  // Our hosts by message key: the scan checks them without querying the whole document.
  const hosts = new Map<string, HTMLElement>();

  function ensureButton(t: Tracked): void {
    const slot = adapter.buttonSlot(t.message);
    const mine = hosts.get(t.message.key);
    if (mine && slot && mine.isConnected && mine.parentElement === slot.container) return;
    mine?.remove(); // left behind by a re-render, or in a slot that moved
    hosts.delete(t.message.key);
    if (!slot) return;
    const host = createButton(t.message.key, (button) => {
      const current = tracked.get(t.message.key) ?? t;
      openPanel({ adapter, doc, client, settings, tracked: current, returnFocusTo: button });
    }, pageTheme(doc));
    slot.container.insertBefore(host, slot.before && slot.before.parentElement === slot.container ? slot.before : null);
    hosts.set(t.message.key, host);
  }

  function removeButton(key: string): void {
    hosts.get(key)?.remove();
    hosts.delete(key);
  }

  function scan(): void {
    const open = adapter.openMessages(doc);
    const seen = new Set<string>();
    for (const m of open) {
      seen.add(m.key);
      const fp = fingerprint(m);
      const prev = tracked.get(m.key);
      if (prev && prev.fingerprint === fp) {
        prev.message = m; // the DOM may have been rebuilt: keep the fresh element
        if (prev.analysis?.invitation) ensureButton(prev);
        continue;
      }
      const t: Tracked = { message: m, email: toEmailInput(m, settings.candidateName), analysis: null, fingerprint: fp };
      tracked.set(m.key, t);
      if (analysing.has(fp)) continue;
      analysing.add(fp);
      client
        .analyze(t.email)
        .then((analysis) => {
          const cur = tracked.get(m.key);
          if (!cur || cur.fingerprint !== fp) return;
          cur.analysis = analysis;
          if (analysis.invitation) ensureButton(cur);
          else removeButton(m.key);
          setBadge();
        })
        .catch((e: unknown) => console.debug('Tactful: analysis failed', e))
        .finally(() => analysing.delete(fp));
    }
    for (const key of [...tracked.keys()]) {
      if (!seen.has(key)) {
        tracked.delete(key);
        removeButton(key);
        closePanel(key);
      }
    }
    // Buttons whose message is gone (a re-render that changed keys).
    for (const key of hosts.keys()) if (!tracked.has(key)) removeButton(key);
    setBadge();
  }

  /** The message a popup or command acts on: the one holding `at` (a right-click) or the selection, else the latest open one. */
  function currentMessage(at: Node | null = null): Tracked | null {
    const all = [...tracked.values()];
    for (const node of [at, doc.getSelection()?.anchorNode ?? null]) {
      const hit = node ? all.find((t) => t.message.root.contains(node)) : undefined;
      if (hit) return hit;
    }
    return all.at(-1) ?? null;
  }

  async function ensureAnalysed(t: Tracked): Promise<Tracked> {
    if (!t.analysis) t.analysis = await client.analyze(t.email);
    return t;
  }

  async function handle(req: TabRequest): Promise<Reply<unknown>> {
    watcher.flush();
    const cur = currentMessage(req.type === 'tab/quick-draft' ? rightClicked.last() : null);
    switch (req.type) {
      case 'tab/get-message': {
        if (!cur) return { ok: true, value: null };
        const t = await ensureAnalysed(cur);
        const value: TabMessage = { email: t.email, analysis: t.analysis! };
        return { ok: true, value };
      }
      case 'tab/insert': {
        if (!cur) return { ok: false, error: 'No message is open in this tab.' };
        const r = await insertIntoReply(adapter, cur.message, req.text, doc);
        return r.ok ? { ok: true, value: 'inserted' } : { ok: false, error: r.problem };
      }
      case 'tab/open-panel': {
        if (!cur) return { ok: false, error: 'No message is open in this tab.' };
        const t = await ensureAnalysed(cur);
        openPanel({ adapter, doc, client, settings, tracked: t, returnFocusTo: null, intent: req.intent });
        return { ok: true, value: 'opened' };
      }
      case 'tab/quick-draft': {
        if (!cur) return { ok: false, error: 'No message is open in this tab.' };
        const t = await ensureAnalysed(cur);
        const outcome = await quickDraft({ adapter, doc, client, settings, tracked: t, intent: req.intent });
        return outcome;
      }
    }
  }

  const onMessage = (msg: unknown, sender: { id?: string }): Promise<Reply<unknown>> | undefined => {
    const req = acceptTabRequest(msg, sender, browser.runtime.id);
    if (!req) return undefined;
    return handle(req).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
  };
  browser.runtime.onMessage.addListener(onMessage);

  const rightClicked = rightClicks(doc);
  const watcher: Watcher = watchPage(adapter, doc, scan);
  return {
    scanNow: () => watcher.flush(),
    stop() {
      watcher.stop();
      rightClicked.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      for (const key of [...hosts.keys()]) removeButton(key);
    },
  };
}

export type { OpenMessage };
