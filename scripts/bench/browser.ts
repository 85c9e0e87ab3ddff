// Two Chromium instances for the page benchmarks, identical but for the extension:
// "extension" (tests/browser/harness.ts, the built dist/chrome) and "baseline" (same
// binary, flags, viewport, fixture pages; no extension). Both serve the large fixture
// inbox through routeWebmail and count long tasks with a PerformanceObserver.
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, launchWithExtension } from '../../tests/browser/harness';
import { routeWebmail } from '../../tests/fixtures/webmail/serve.mjs';

export const GMAIL = 'https://mail.google.com/mail/u/0/';
export const VIEWPORT = { width: 1280, height: 800 };
/** Gmail's content script (the page benchmarks use the Gmail fixture; scripts/manifests.ts). */
export const CONTENT_SCRIPT = 'src/content/gmail.js';

export interface Side {
  name: 'extension' | 'baseline';
  context: BrowserContext;
  /** chrome-extension://<id>/src/content/gmail.js, or null for the baseline. */
  scriptUrl: string | null;
  extensionOrigin: string | null;
  stray: string[];
  close(): Promise<void>;
}

/**
 * Long tasks the page saw (PerformanceObserver 'longtask', main world, from the first script
 * on). Also defines esbuild's `__name` helper, which tsx adds to the functions we pass to
 * page.evaluate (keepNames); without it they throw in the page.
 */
const LONGTASK_INIT = `(() => {
  if (typeof globalThis.__name !== 'function') globalThis.__name = (f) => f;
  const w = window;
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* not supported */ }
})();`;

async function prepare(context: BrowserContext): Promise<string[]> {
  const { stray } = await routeWebmail(context, { inbox: 'large' });
  await context.addInitScript({ content: LONGTASK_INIT });
  return stray;
}

export async function launchExtension(): Promise<Side> {
  const app = await launchWithExtension({ viewport: VIEWPORT });
  const stray = await prepare(app.context);
  const origin = `chrome-extension://${app.extId}/`;
  return { name: 'extension', context: app.context, scriptUrl: origin + CONTENT_SCRIPT, extensionOrigin: origin, stray, close: () => app.close() };
}

export async function launchBaseline(): Promise<Side> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tactful-bench-base-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below, as the harness does
    viewport: VIEWPORT,
    args: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const stray = await prepare(context);
  return {
    name: 'baseline',
    context,
    scriptUrl: null,
    extensionOrigin: null,
    stray,
    async close() {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Tab {
  page: Page;
  cdp: CDPSession;
}

export async function newTab(side: Side): Promise<Tab> {
  const page = await side.context.newPage();
  const cdp = await side.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

export async function openFixture(page: Page, hash: string): Promise<void> {
  await page.goto(`${GMAIL}${hash}`);
  await page.locator('#fixture-app-ready').waitFor({ state: 'attached', timeout: 30_000 });
}

/** Ids the large fixture exposes (tests/fixtures/webmail/inbox-large.js). */
export async function fixtureIds(page: Page): Promise<{ invitations: string[]; others: string[]; longThread: string }> {
  return page.evaluate(() => {
    const l = (self as unknown as { FIXTURE_LARGE: { invitations: string[]; others: string[]; longThread: string } }).FIXTURE_LARGE;
    return { invitations: l.invitations, others: l.others, longThread: l.longThread };
  });
}

export async function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => (self as unknown as { FIXTURE_LARGE: { nodeCount(): number } }).FIXTURE_LARGE.nodeCount());
}

export async function longTasksSeen(page: Page): Promise<Array<{ start: number; duration: number }>> {
  return page.evaluate(() => (window as unknown as { __benchLongTasks?: Array<{ start: number; duration: number }> }).__benchLongTasks ?? []);
}
