// The content script's life: watch the webmail, analyse each open message once, put one
// "Reply tactfully" button beside the reply controls of each invitation, and answer the
// popup and the service worker. Nothing here may throw into the page. When the worker
// fails twice on a message the button still appears, saying so; when the extension was
// updated under this page (an orphaned script), the UI goes and a notice asks for a reload.
import browser from './ext';
import type { PageAnalysis, Reply, TabMessage, TabRequest } from '../shared/messages';
import { acceptTabRequest } from '../shared/messages';
import type { OpenMessage, Webmail } from './sites/webmail';
import { createButton, type OurButton } from './button';
import { pageTheme } from './page-theme';
import { fingerprint, toDateSources, toEmailInput, type Tracked } from './messages-state';
import { analysePage } from './page-analysis';
import { watchPage, type Watcher } from './watch';
import { createWaker } from './wake';
import { insertIntoReply } from './reply';
import { openPanel, closePanel, preparePanel } from './panel';
import { rightClicks } from './quick-draft';
import { t as words, tMessage } from '../shared/i18n';
import { contextAlive, isInvalidated, orphanNotice, removeStaleUi } from './orphan';

const noMessageOpen = (): string => tMessage({ key: 'noMessageOpen' }, 'No message is open in this tab.');

export interface App {
  scanNow(): void;
  stop(): void;
}

/** One analysis attempt may take this long before it counts as failed (a 5 MB email takes ~1 s). */
const ANALYSIS_TIMEOUT_MS = 30_000;
const RETRY_AFTER_MS = 500;
const ALIVE_CHECK_MS = 2_000;

export function startTactful(adapter: Webmail, doc: Document): App {
  const send = (msg: unknown) => browser.runtime.sendMessage(msg);
  // The worker starts while the scan debounce runs (src/content/wake.ts), and as the pointer reaches our button.
  const wake = createWaker((name) => browser.runtime.connect({ name }));
  const tracked = new Map<string, Tracked>();
  const analysing = new Set<string>();
  let lastBadge: boolean | null = null;
  let orphaned = false;
  // Said while the extension can still be asked: once it is gone, i18n is gone with it.
  const notice = orphanNotice(doc);
  removeStaleUi(doc); // a previous copy of this script (Firefox re-injects after an update)

  /** The badge when no analysis is on its way (the worker sets it from each analysis it answers). */
  function setBadge(): void {
    const any = [...tracked.values()].some((t) => t.analysis?.invitation);
    if (any === lastBadge) return;
    lastBadge = any;
    void browser.runtime.sendMessage({ type: 'badge', invitation: any }).catch(() => {});
  }

  // Our buttons by message key: the scan checks them without querying the whole document.
  const buttons = new Map<string, OurButton>();

  function ensureButton(t: Tracked): void {
    const slot = adapter.buttonSlot(t.message);
    const mine = buttons.get(t.message.key);
    if (mine && slot && mine.host.isConnected && mine.host.parentElement === slot.container) {
      mine.setFailed(!!t.failed);
      return;
    }
    mine?.host.remove(); // left behind by a re-render, or in a slot that moved
    buttons.delete(t.message.key);
    if (!slot) return;
    const panelFor = (button: HTMLElement) => {
      const current = tracked.get(t.message.key) ?? t;
      return { adapter, doc, tracked: current, returnFocusTo: button, problem: current.failed ? ('analysis-failed' as const) : undefined };
    };
    const b = createButton(doc, t.message.key, (button) => {
      if (!contextAlive()) return becomeOrphan();
      openPanel(panelFor(button));
    }, pageTheme(doc));
    // The worker starts, and the panel is made hidden, ahead of the click (src/content/panel.ts),
    // as the pointer or the keyboard reaches the button. Not on idle: making the frame costs a
    // huge page one more long task (tests/browser/bounded.test.ts), for a click that may never come.
    const prepare = () => {
      wake();
      if (!orphaned && b.host.isConnected) preparePanel(panelFor(b.button));
    };
    b.host.addEventListener('pointerenter', prepare);
    b.host.addEventListener('focusin', prepare);
    b.setFailed(!!t.failed);
    slot.container.insertBefore(b.host, slot.before && slot.before.parentElement === slot.container ? slot.before : null);
    buttons.set(t.message.key, b);
  }

  function removeButton(key: string): void {
    buttons.get(key)?.host.remove();
    buttons.delete(key);
  }

  /** Is a tracked message other than `key` an invitation (the worker's badge counts it too)? */
  const otherInvitation = (key: string): boolean => [...tracked.values()].some((o) => o.message.key !== key && !!o.analysis?.invitation);

  /** The worker's analysis, once: it reads the date and the name, and sets the badge (src/content/page-analysis.ts). */
  async function analyseOnce(t: Tracked): Promise<PageAnalysis> {
    const r = await analysePage(send, { email: t.email, date: toDateSources(t.message), otherInvitation: otherInvitation(t.message.key) });
    if (r.badge !== null) lastBadge = r.badge;
    return r;
  }

  /** Analyse, once more if the first try failed (a worker stopped mid-way restarts on the next message). */
  async function analyse(t: Tracked): Promise<PageAnalysis> {
    const once = () =>
      new Promise<PageAnalysis>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(words('errorNoBackground'))), ANALYSIS_TIMEOUT_MS);
        analyseOnce(t).then(resolve, reject).finally(() => clearTimeout(timer));
      });
    try {
      return await once();
    } catch (e) {
      if (isInvalidated(e)) throw e;
      console.debug('Tactful: analysis failed, retrying', e);
      // A worker that was just stopped is still on its way down: give it a moment to go.
      await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
      return await once();
    }
  }

  function scan(): void {
    if (orphaned) return;
    if (!contextAlive()) return becomeOrphan();
    const open = adapter.openMessages(doc);
    const seen = new Set<string>();
    const fresh: Tracked[] = [];
    for (const m of open) {
      seen.add(m.key);
      const fp = fingerprint(m);
      const prev = tracked.get(m.key);
      if (prev && prev.fingerprint === fp) {
        prev.message = m; // the DOM may have been rebuilt: keep the fresh element
        if (prev.analysis?.invitation || prev.failed) ensureButton(prev);
        continue;
      }
      const t: Tracked = { message: m, email: toEmailInput(m), analysis: null, fingerprint: fp };
      tracked.set(m.key, t);
      if (analysing.has(fp)) continue;
      analysing.add(fp);
      fresh.push(t);
    }
    for (const key of [...tracked.keys()]) {
      if (!seen.has(key)) {
        tracked.delete(key);
        removeButton(key);
        closePanel(key);
      }
    }
    // Buttons whose message is gone (a re-render that changed keys).
    for (const key of buttons.keys()) if (!tracked.has(key)) removeButton(key);
    // After the removals, so each analysis tells the worker what else is open: its answer sets the badge.
    for (const t of fresh) startAnalysis(t);
    if (fresh.length === 0) setBadge();
  }

  function startAnalysis(t: Tracked): void {
    const { key } = t.message;
    const fp = t.fingerprint;
    analyse(t)
      .then(({ analysis, email }) => {
        const cur = tracked.get(key);
        if (!cur || cur.fingerprint !== fp) return setBadge();
        cur.email = email; // with the date read and the candidate's name
        cur.analysis = analysis;
        cur.failed = false;
        if (analysis.invitation) ensureButton(cur);
        else removeButton(key);
        setBadge(); // sends only when another answer changed the state since the worker set it
      })
      .catch((e: unknown) => {
        if (isInvalidated(e) || !contextAlive()) return becomeOrphan();
        setBadge();
        const cur = tracked.get(key);
        if (!cur || cur.fingerprint !== fp) return;
        console.debug('Tactful: analysis failed twice', e);
        // Never silent: the button says the analysis failed and opens the panel anyway.
        cur.failed = true;
        ensureButton(cur);
      })
      .finally(() => analysing.delete(fp));
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
    if (!t.analysis) {
      const r = await analyseOnce(t);
      t.email = r.email;
      t.analysis = r.analysis;
    }
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
        if (!cur) return { ok: false, error: noMessageOpen() };
        const r = await insertIntoReply(adapter, cur.message, req.text, doc);
        return r.ok ? { ok: true, value: 'inserted' } : { ok: false, error: r.problem };
      }
      // The command (open-panel) and the context menu (quick-draft, on the message right-clicked):
      // the panel with that reply's draft. Nothing goes into a message the user has not seen.
      case 'tab/open-panel':
      case 'tab/quick-draft': {
        if (!cur) return { ok: false, error: noMessageOpen() };
        const t = await ensureAnalysed(cur);
        openPanel({ adapter, doc, tracked: t, returnFocusTo: null, intent: req.intent });
        return { ok: true, value: 'shown' };
      }
    }
  }

  const onMessage = (msg: unknown, sender: { id?: string }): Promise<Reply<unknown>> | undefined => {
    const req = acceptTabRequest(msg, sender, browser.runtime.id ?? '');
    if (!req) return undefined;
    return handle(req).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
  };
  browser.runtime.onMessage.addListener(onMessage);

  const rightClicked = rightClicks(doc);

  function removeUi(): void {
    closePanel();
    for (const key of [...buttons.keys()]) removeButton(key);
  }

  function stopListening(): void {
    watcher.stop();
    rightClicked.stop();
    clearInterval(alive);
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // an orphan's browser APIs may throw: nothing left to remove then
    }
  }

  /** The extension was updated or removed under this page: take our UI away and say why. */
  function becomeOrphan(): void {
    if (orphaned) return;
    orphaned = true;
    const hadUi = buttons.size > 0 || [...tracked.values()].some((t) => t.analysis?.invitation);
    removeUi();
    stopListening();
    if (hadUi || tracked.size > 0) notice.show();
  }

  const watcher: Watcher = watchPage(adapter, doc, scan, { onScheduled: wake });
  // An update leaves no event behind in this page: look (cheaply) every few seconds, so a
  // button that can no longer work and a dead panel go even when the webmail stays still.
  const alive = setInterval(() => {
    if (!contextAlive()) becomeOrphan();
  }, ALIVE_CHECK_MS);
  return {
    scanNow: () => watcher.flush(),
    stop() {
      stopListening();
      removeUi();
    },
  };
}

export type { OpenMessage };
