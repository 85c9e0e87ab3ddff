// Launches Debian's Chromium with the built extension loaded, the way every browser
// test and `npm start` need it. Webmail pages are served by request interception
// (tests/fixtures/webmail/serve.mjs), so no test touches the network.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist', 'chrome');
export const RESULTS = path.join(ROOT, 'test-results');
export const CHROMIUM = process.env.TACTFUL_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extId: string;
  /**
   * Every http(s) request the extension made since launch: from its service worker, from its
   * own pages (popup, options), and any request on a webmail page that the fixture routes do
   * not serve (the content script runs there, so a fetch of its would land here). Expected: [].
   */
  networkRequests(): NetworkRecord[];
  close(): Promise<void>;
}

export interface NetworkRecord {
  url: string;
  /** 'service-worker' | 'extension-page' | 'webmail-page' */
  from: string;
  /** The URL of the worker or page it came from. */
  initiator: string;
}

/** Hosts the fixture routes serve (tests/fixtures/webmail/serve.mjs). */
const FIXTURE_HOSTS = new Set(['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

/** What the fixture pages load themselves: their documents, /__fixtures__/ files and the favicon. */
function servedByFixture(url: URL, resourceType: string): boolean {
  if (!FIXTURE_HOSTS.has(url.hostname)) return false;
  return resourceType === 'document' || url.pathname.startsWith('/__fixtures__/') || url.pathname === '/favicon.ico';
}

/**
 * Records extension-initiated network traffic. Playwright (Chromium) reports a service
 * worker's fetches as context 'request' events with request.serviceWorker() set, so one
 * listener covers the worker, the extension's pages and the webmail tabs.
 */
export function watchNetwork(context: BrowserContext): () => NetworkRecord[] {
  const seen: NetworkRecord[] = [];
  context.on('request', (request) => {
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // chrome-extension:, data:, blob:
    const sw = request.serviceWorker();
    if (sw) {
      seen.push({ url: request.url(), from: 'service-worker', initiator: sw.url() });
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
    if (!servedByFixture(url, request.resourceType())) seen.push({ url: request.url(), from: 'webmail-page', initiator: pageUrl });
  });
  return () => seen.slice();
}

export async function launchWithExtension(opts: { headless?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Launched> {
  if (!existsSync(path.join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first.');
  const dir = mkdtempSync(path.join(tmpdir(), 'tactful-e2e-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false, // we pass --headless=new ourselves so headed runs use the same code path
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      // -except overrides Playwright's default --disable-extensions
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const networkRequests = watchNetwork(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extId,
    networkRequests,
    async close() {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Counts Trusted-Types / CSP violations the page reports (listener added before any script). */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}
