// The browser-test harness: the built extension in real Chromium (Playwright) and real
// Firefox (puppeteer-core over WebDriver BiDi), on the fixture webmails served at their
// real URLs by request interception (tests/fixtures/webmail/serve.mjs). No test touches the
// network; every request the extension makes is recorded.
//
// ── Writing a test that runs in both browsers ─────────────────────────────────────────────
// vitest runs every file in tests/browser/ in the `browser` project (Chromium), and the
// files listed in vitest.config.ts's `firefox` project again in Firefox: one test body, the
// browser chosen by TACTFUL_BROWSER. Write against `App` and `Tab` below, never against
// Playwright or puppeteer directly:
//
//   import { afterAll, beforeAll, expect, test } from 'vitest';
//   import { launch, type App } from './harness';
//   let app: App;
//   beforeAll(async () => { app = await launch({ inbox: 'demo' }); });
//   afterAll(async () => { await app?.close(); });
//   test('an invitation gets the button', async () => {
//     const tab = await app.newTab();
//     await tab.goto('https://mail.google.com/mail/u/0/#inbox');
//     await tab.locator('#fixture-app-ready').waitFor({ state: 'attached' });
//     await tab.evaluate((id) => (window as any).fixture.open(id), 'inv-greenhouse');
//     await replyButtons(tab).first().click();
//     const panel = tab.getByRole('dialog', { name: 'Tactful' });
//     await expect.poll(() => panel.getByLabel('Draft').inputValue()).toContain('Priya');
//     expect(await app.networkRequests()).toEqual([]);
//   });
//
// - Tab is a Playwright-shaped subset (locator, getByRole, getByLabel, getByText, filter,
//   first/last/nth, click, fill, inputValue, keyboard.type/press('Control+z'), evaluate,
//   screenshot(name)). Element finding, waiting and clicking are our own code
//   (drivers/finder.js, drivers/tab.ts), identical in both browsers; searches pierce open
//   shadow roots, and look in the page first, then in our extension frames: the panel is
//   an iframe of our own page, so `tab.getByRole('dialog', { name: 'Tactful' })` finds it
//   and a click lands in it (a real mouse click at page coordinates).
// - Tactful's button sits in a *closed* shadow root: no page script and no locator sees
//   inside. Find it with replyButtons(tab) (its host; a click is a real click on the button);
//   its accessible name is in tab.accessibility(), the browser's own accessibility tree
//   (CDP in Chromium, the parent process's tree in Firefox), which sees through closed roots.
// - tab.evaluate(fn) runs in the page's own JavaScript: what a page script can do, no more.
// - app.stopWorker() stops the extension's service worker (Chromium) or background (Firefox),
//   as the browser does when it is idle.
// - app.ext((api, bg, arg) => …, arg) runs in the extension: `api` is its chrome/browser
//   namespace, `bg` the background's global (Chromium: the service worker; Firefox: the
//   background page, reached from an extension tab through runtime.getBackgroundPage()).
// - app.openExtensionPage('src/popup/index.html?tab=3') opens the popup or options page in a
//   tab (Firefox cannot open the real toolbar popup over BiDi).
// - app.tabId(tab) is the extension's id for a tab; app.route(prefix, page) serves one more
//   site; app.networkRequests() lists what the extension fetched (expected: []).
// - Something Firefox cannot do (dispatching a context-menu click or a keyboard command):
//   wrap it in onlyIn('chromium', 'why', () => { test(...) }) so it is not registered at
//   all in Firefox (a skipped test counts as a failure in npm test), and say why.
// - Screenshots: tab.screenshot('name') writes test-results/name.png (name-firefox.png).
// - Run one file: `npm run build`, then `npx vitest run --project browser tests/browser/x.test.ts`
//   (Chromium) or `--project firefox` (Firefox).
// ──────────────────────────────────────────────────────────────────────────────────────────
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumTab, CHROMIUM_FLAGS, launchChromium, type ChromiumLaunch, type LoadVia } from './drivers/chromium';
import { FIREFOX_UUID, firefoxTab, inChromeScope, interceptRequests, launchFirefox, type FirefoxLaunch } from './drivers/firefox';
import { watchAddonRequests } from './drivers/firefox-network';
import { Tab, RESULTS, type BrowserName, type Locator } from './drivers/tab';
import { fixtureResponse } from '../fixtures/webmail/serve.mjs';
import { findChromium, findFirefox, noChromiumMessage, noFirefoxMessage, thisMachine } from '../../scripts/start/browsers';
import { GECKO_ID } from '../../scripts/manifests';

export { Tab, Locator, type AxNode, type BrowserName, type Dialog } from './drivers/tab';
export { CHROMIUM_FLAGS, RESULTS };

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BROWSER: BrowserName = process.env.TACTFUL_BROWSER === 'firefox' ? 'firefox' : 'chromium';

/** A setup problem (no browser, no build): its message says what to do; no stack trace needed. */
export class SetupError extends Error {
  override name = 'SetupError';
}

const machine = thisMachine();
const chromiumSearch = findChromium(machine);
/** The Chromium the tests use: TACTFUL_CHROMIUM, else the first of the usual places. */
export const CHROMIUM = chromiumSearch.found?.path ?? process.env.TACTFUL_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumOrExplain(): { path: string; loadVia: LoadVia } {
  const s = findChromium(machine);
  if (!s.found) throw new SetupError(noChromiumMessage(machine, s.looked));
  return { path: s.found.path, loadVia: s.found.loadVia };
}
export function firefoxOrExplain(): string {
  const s = findFirefox(machine);
  if (!s.found) throw new SetupError(noFirefoxMessage(machine, s.looked));
  return s.found.path;
}

/** Registers `body` only when the suite runs in `browser`; `why` says what the other lacks. */
export function onlyIn(browser: BrowserName, why: string, body: () => void): void {
  if (!why) throw new Error('onlyIn needs a reason');
  if (BROWSER === browser) body();
}

export interface NetworkRecord {
  url: string;
  /** 'background' (service worker / background page) | 'extension-page' | 'content-script' | 'webmail-page' */
  from: string;
  /** The URL of the worker or page it came from. */
  initiator: string;
}

export interface ServeOptions {
  inbox?: string;
  gmailCsp?: boolean;
}

export interface LaunchOptions extends ServeOptions {
  browser?: BrowserName;
  /** Load the built extension (default true); false gives the bare browser. */
  extension?: boolean;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Serve the fixture webmails at their real URLs (default true); false lets tabs reach the real sites. */
  serve?: boolean;
  /** Chromium only: how to load the extension (default: what the found browser needs). */
  loadVia?: LoadVia;
  executablePath?: string;
}

type Extra = { prefix: string; contentType: string; body: string };
type Response = { status: number; headers: Record<string, string>; body: string | Buffer };

export interface App {
  readonly browser: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  readonly origin: string;
  /** Requests no fixture serves (blocked). Live array. */
  readonly stray: string[];
  newTab(serve?: ServeOptions): Promise<Tab>;
  openExtensionPage(pathAndQuery: string): Promise<Tab>;
  ext<R, A = undefined>(fn: (api: typeof chrome, bg: Record<string, any>, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  tabId(tab: Tab): Promise<number>;
  route(prefix: string, page: { contentType?: string; body: string }): void;
  /** A tab something else (the extension) opens whose URL passes `test`. */
  waitForTab(test: (url: string) => boolean, timeout?: number): Promise<Tab>;
  networkRequests(): Promise<NetworkRecord[]>;
  /** Stops the extension's service worker (Chromium) / background page (Firefox); the next event starts it again. */
  stopWorker(): Promise<void>;
  /** Reloads the extension, as an update does to the tabs already open. */
  reloadExtension(): Promise<void>;
  /** Resolves when the browser goes away (the user closed its window). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
  /** Escape hatches for browser-specific tests. */
  readonly chromium: ChromiumLaunch | null;
  readonly firefox: FirefoxLaunch | null;
}

/** Hosts the fixture routes serve (tests/fixtures/webmail/serve.mjs). */
const FIXTURE_HOSTS = new Set(['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

/** What the fixture pages load themselves: their documents, /__fixtures__/ files and the favicon. */
function servedByFixture(url: URL, isDocument: boolean): boolean {
  if (!FIXTURE_HOSTS.has(url.hostname)) return false;
  return isDocument || url.pathname.startsWith('/__fixtures__/') || url.pathname === '/favicon.ico';
}

function responder(extras: Extra[], defaults: ServeOptions) {
  return async (url: URL, isDocument: boolean, serve: ServeOptions = {}): Promise<Response | null> => {
    const extra = extras.find((e) => url.href.startsWith(e.prefix));
    if (extra) return { status: 200, headers: { 'content-type': extra.contentType }, body: extra.body };
    return (await fixtureResponse(url, isDocument, { ...defaults, ...serve })) as Response | null;
  };
}

export async function launch(opts: LaunchOptions = {}): Promise<App> {
  const browser = opts.browser ?? BROWSER;
  const dist = path.join(ROOT, 'dist', browser === 'firefox' ? 'firefox' : 'chrome');
  const withExtension = opts.extension ?? true;
  if (withExtension && !existsSync(path.join(dist, 'manifest.json'))) throw new SetupError(`${path.relative(ROOT, dist)} is missing: run \`npm run build\` first.`);
  return browser === 'firefox' ? launchFirefoxApp(opts, withExtension ? dist : null) : launchChromiumApp(opts, withExtension ? dist : null);
}

async function launchChromiumApp(opts: LaunchOptions, dist: string | null): Promise<App> {
  const found = opts.executablePath ? { path: opts.executablePath, loadVia: opts.loadVia ?? 'flag' } : chromiumOrExplain();
  const c = await launchChromium({ executablePath: found.path, extension: dist, loadVia: opts.loadVia ?? found.loadVia, headless: opts.headless, viewport: opts.viewport });
  const extras: Extra[] = [];
  const stray: string[] = [];
  const respond = responder(extras, opts);
  const route = (serve?: ServeOptions) => async (r: Route) => {
    const req = r.request();
    const res = await respond(new URL(req.url()), req.resourceType() === 'document', serve);
    if (!res) {
      stray.push(req.url());
      return r.abort('blockedbyclient');
    }
    return r.fulfill({ status: res.status, headers: res.headers, body: res.body });
  };
  // A regex, not '**/*': the glob would also catch chrome-extension:// loads.
  if (opts.serve !== false) await c.context.route(/^https?:\/\//, route());
  const network = watchNetwork(c.context, (url, isDocument) => servedByFixture(url, isDocument) || extras.some((e) => url.href.startsWith(e.prefix)));
  const origin = c.extId ? `chrome-extension://${c.extId}` : '';
  const wrap = (p: Page) => chromiumTab(c.context, p);
  const app: App = {
    browser: 'chromium',
    origin,
    stray,
    chromium: c,
    firefox: null,
    async newTab(serve) {
      const page = await c.context.newPage();
      if (serve) await page.route(/^https?:\/\//, route(serve));
      return wrap(page);
    },
    async openExtensionPage(p) {
      const tab = wrap(await c.context.newPage());
      await tab.goto(`${origin}/${p.replace(/^\//, '')}`);
      return tab;
    },
    async ext(fn, arg) {
      if (!c.worker) throw new Error('launched without the extension');
      return (await c.worker.evaluate(`(${fn.toString()})(chrome, globalThis, ${JSON.stringify(arg ?? null)})`)) as never;
    },
    tabId: (tab) => tabIdOf(app, tab),
    route(prefix, page) {
      extras.push({ prefix, contentType: page.contentType ?? 'text/html; charset=utf-8', body: page.body });
    },
    async waitForTab(test, timeout = 10_000) {
      const existing = c.context.pages().find((p) => test(p.url()));
      const page = existing ?? (await c.context.waitForEvent('page', { predicate: (p) => test(p.url()), timeout }));
      return wrap(page);
    },
    networkRequests: async () => network(),
    async stopWorker() {
      // DevTools' ServiceWorker domain, from a page of the extension's own origin.
      const helper = await c.context.newPage();
      try {
        await helper.goto(`${origin}/icons/icon16.png`);
        const cdp = await c.context.newCDPSession(helper);
        const versions = new Map<string, { versionId: string; scriptURL: string; runningStatus: string }>();
        let stopped = false; // seen stopped once (anything waiting on it may start it again at once)
        cdp.on('ServiceWorker.workerVersionUpdated' as never, (e: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) => {
          for (const v of e.versions) {
            versions.set(v.versionId, v);
            if (v.scriptURL.startsWith(origin) && v.runningStatus === 'stopped') stopped = true;
          }
        });
        await cdp.send('ServiceWorker.enable' as never);
        const running = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(origin) && v.runningStatus === 'running');
        for (let i = 0; i < 50 && !running().length; i++) await new Promise((r) => setTimeout(r, 50));
        stopped = false;
        for (const v of running()) await cdp.send('ServiceWorker.stopWorker' as never, { versionId: v.versionId } as never);
        for (let i = 0; i < 100 && !stopped; i++) await new Promise((r) => setTimeout(r, 50));
        if (!stopped) throw new Error('stopWorker: the service worker did not stop');
      } finally {
        await helper.close();
      }
    },
    async reloadExtension() {
      // What chrome://extensions' reload button does. An extension loaded with --load-extension
      // comes back disabled from it (and from runtime.reload()): enable it, as an update leaves it.
      const page = await c.context.newPage();
      try {
        await page.goto('chrome://extensions/');
        const id = c.extId!;
        await page.evaluate(async (x) => {
          const api = chrome as unknown as {
            developerPrivate: { reload(id: string, o: object): Promise<void> };
            management: { setEnabled(id: string, on: boolean): Promise<void>; get(id: string): Promise<{ enabled: boolean }> };
          };
          await api.developerPrivate.reload(x, { failQuietly: false });
          for (let i = 0; i < 50; i++) {
            if (!(await api.management.get(x)).enabled) await api.management.setEnabled(x, true);
            else return;
            await new Promise((r) => setTimeout(r, 100));
          }
        }, id);
        if (!c.context.serviceWorkers().some((w) => w.url().startsWith(origin))) await c.context.waitForEvent('serviceworker', { timeout: 10_000 });
        c.worker = c.context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? c.worker;
      } finally {
        await page.close();
      }
    },
    closed: new Promise<void>((resolve) => c.context.on('close', () => resolve())),
    close: () => c.close(),
  };
  return app;
}

async function launchFirefoxApp(opts: LaunchOptions, dist: string | null): Promise<App> {
  const exe = opts.executablePath ?? firefoxOrExplain();
  const f = await launchFirefox({ executablePath: exe, extension: dist, geckoId: GECKO_ID, headless: opts.headless, viewport: opts.viewport });
  const extras: Extra[] = [];
  const stray: string[] = [];
  const pageRequests: NetworkRecord[] = [];
  const respond = responder(extras, opts);
  const [first] = await f.browser.pages();
  let helper: PPage | null = null;
  let addonRequests: () => Promise<NetworkRecord[]> = async () => [];
  if (f.origin && first) {
    addonRequests = await watchAddonRequests(first, GECKO_ID);
    // The extension's own context for app.ext(): a tab on one of its icons, a page with the
    // extension's privileges and no app code of its own.
    helper = first;
    await firefoxTab(helper).goto(`${f.origin}/icons/icon16.png`);
  }
  const serveTab = async (page: PPage, serve?: ServeOptions) => {
    await interceptRequests(page, async (url, isDocument) => {
      const served = servedByFixture(url, isDocument) || extras.some((e) => url.href.startsWith(e.prefix));
      if (!served) pageRequests.push({ url: url.href, from: 'webmail-page', initiator: page.url() });
      const res = await respond(url, isDocument, serve);
      if (!res) stray.push(url.href);
      return res;
    });
  };
  const app: App = {
    browser: 'firefox',
    origin: f.origin ?? '',
    stray,
    chromium: null,
    firefox: f,
    async newTab(serve) {
      const page = await f.browser.newPage();
      if (opts.serve !== false) await serveTab(page, serve);
      return firefoxTab(page);
    },
    async openExtensionPage(p) {
      const tab = firefoxTab(await f.browser.newPage());
      await tab.goto(`${f.origin}/${p.replace(/^\//, '')}`);
      return tab;
    },
    async ext(fn, arg) {
      if (!helper) throw new Error('launched without the extension');
      return (await helper.evaluate(`(async () => {
        const bg = await browser.runtime.getBackgroundPage();
        return (${fn.toString()})(browser, bg, ${JSON.stringify(arg ?? null)});
      })()`)) as never;
    },
    tabId: (tab) => tabIdOf(app, tab),
    route(prefix, page) {
      extras.push({ prefix, contentType: page.contentType ?? 'text/html; charset=utf-8', body: page.body });
    },
    async waitForTab(test, timeout = 10_000) {
      // puppeteer keeps about:blank as the URL of a tab the extension opened on a
      // moz-extension: page, so ask each tab where it is.
      const end = Date.now() + timeout;
      for (;;) {
        for (const page of await f.browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => page.url());
          if (test(href)) return firefoxTab(page, href);
        }
        if (Date.now() > end) throw new Error(`waitForTab: no tab matched within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async networkRequests() {
      return [...(await addonRequests()), ...pageRequests];
    },
    async stopWorker() {
      if (!helper) throw new Error('launched without the extension');
      // What about:debugging's "Terminate background script" does.
      const state = await inChromeScope(helper, `async function (id) {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const ext = ExtensionParent.GlobalManager.getExtension(id);
        if (!ext) return 'no extension';
        await ext.terminateBackground({ disableResetIdleForTest: true });
        return String(ext.backgroundState);
      }`, [GECKO_ID]);
      if (state !== 'stopped') throw new Error(`stopWorker: the background is ${state}`);
    },
    async reloadExtension() {
      await app.ext((api) => void setTimeout(() => api.runtime.reload(), 50));
      await new Promise((r) => setTimeout(r, 1500));
    },
    closed: new Promise<void>((resolve) => f.browser.once('disconnected', () => resolve())),
    close: () => f.close(),
  };
  return app;
}

/** The extension's tab id for `tab`: brought to the front, it is the active tab of the last focused window. */
async function tabIdOf(app: App, tab: Tab): Promise<number> {
  await tab.bringToFront();
  const found = await app.ext(async (api) => {
    const [t] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return t ? { id: t.id!, url: t.url ?? '' } : null;
  });
  // Without the "tabs" permission the extension sees no URL for the webmail tab; when it
  // does see one (its own pages), it must be this tab's.
  const strip = (u: string) => u.replace(/#.*$/, '');
  if (!found || (found.url && strip(found.url) !== strip(tab.url()))) throw new Error(`tabId: the active tab is ${found?.url}, not ${tab.url()}`);
  return found.id;
}

/**
 * Chromium: records extension-initiated network traffic. Playwright reports a service
 * worker's fetches as context 'request' events with request.serviceWorker() set, so one
 * listener covers the worker, the extension's pages and the webmail tabs.
 */
export function watchNetwork(context: BrowserContext, served: (url: URL, isDocument: boolean) => boolean = servedByFixture): () => NetworkRecord[] {
  const seen: NetworkRecord[] = [];
  context.on('request', (request: Request) => {
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // chrome-extension:, data:, blob:
    const sw = request.serviceWorker();
    if (sw) {
      seen.push({ url: request.url(), from: 'background', initiator: sw.url() });
      return;
    }
    let pageUrl = '';
    try {
      pageUrl = request.frame().url();
    } catch {
      pageUrl = '';
    }
    if (pageUrl.startsWith('chrome-extension://')) {
      seen.push({ url: request.url(), from: 'extension-page', initiator: pageUrl });
      return;
    }
    if (!served(url, request.resourceType() === 'document')) seen.push({ url: request.url(), from: 'webmail-page', initiator: pageUrl });
  });
  return () => seen.slice();
}

/** Counts Trusted-Types / CSP violations the page reports (listener added before any script). */
export async function watchCspViolations(tab: Tab): Promise<() => Promise<string[]>> {
  await tab.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`);
    });
  });
  return () => tab.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Tactful's "Reply tactfully" buttons: their hosts (the button is in a closed shadow root); click() is a real click on it. */
export function replyButtons(tab: Tab): Locator {
  return tab.locator('[data-tactful-button]');
}

/** Opens a fixture webmail URL and waits for the fixture app to be ready. */
export async function openWebmail(tab: Tab, url: string): Promise<void> {
  await tab.goto(url);
  await tab.locator('#fixture-app-ready').waitFor({ state: 'attached', timeout: 15_000 });
}

/** Calls the fixture page's own test API (window.fixture.open / rerender / churn). */
export function fixture<T = unknown>(tab: Tab, fn: string, arg?: unknown): Promise<T> {
  return tab.evaluate(([f, a]) => (window as unknown as { fixture: Record<string, (x?: unknown) => T> }).fixture[f as string]!(a), [fn, arg] as const);
}

// ── Chromium-only helpers for the bench (scripts/bench), bounded.test.ts and locale.test.ts ──

export interface Launched {
  context: BrowserContext;
  worker: import('playwright-core').Worker;
  extId: string;
  networkRequests(): NetworkRecord[];
  close(): Promise<void>;
}

/** test-results/<name>.png of a raw Playwright page (Chromium-only tests). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Chromium with dist/chrome loaded, as a raw Playwright context (for Chromium-only measurements). */
export async function launchWithExtension(opts: { headless?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Launched> {
  const dist = path.join(ROOT, 'dist', 'chrome');
  if (!existsSync(path.join(dist, 'manifest.json'))) throw new SetupError('dist/chrome is missing: run `npm run build` first.');
  const found = chromiumOrExplain();
  const c = await launchChromium({ executablePath: found.path, extension: dist, loadVia: found.loadVia, headless: opts.headless, viewport: opts.viewport });
  return { context: c.context, worker: c.worker!, extId: c.extId!, networkRequests: watchNetwork(c.context), close: c.close };
}
