// The Chromium launcher: Playwright (playwright-core) with the built dist/chrome loaded,
// either by --load-extension (Chromium, Chrome for Testing) or, where a branded Chrome no
// longer honours that flag, by the DevTools protocol's Extensions.loadUnpacked.
import { chromium, type BrowserContext, type ElementHandle, type Frame, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Tab, asHandle, axRole, type AxNode, type Handle, type Port } from './tab';

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

export type LoadVia = 'flag' | 'cdp';

export interface ChromiumLaunch {
  context: BrowserContext;
  /** The extension's service worker, or null when launched without the extension. */
  worker: Worker | null;
  extId: string | null;
  close(): Promise<void>;
}

/**
 * Launches `executablePath` with a fresh profile. With `extension`, loads that unpacked
 * directory and waits for its service worker.
 */
export async function launchChromium(opts: {
  executablePath: string;
  extension: string | null;
  loadVia?: LoadVia;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}): Promise<ChromiumLaunch> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tactful-chromium-'));
  const headless = opts.headless ?? true;
  const via = opts.loadVia ?? 'flag';
  const extArgs =
    opts.extension === null
      ? []
      : via === 'flag'
        ? // -except overrides Playwright's default --disable-extensions
          [`--disable-extensions-except=${opts.extension}`, `--load-extension=${opts.extension}`]
        : ['--enable-unsafe-extension-debugging'];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: opts.executablePath,
      headless: false, // --headless=new below, so headed runs use the same code path
      viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
      ...(via === 'cdp' && opts.extension !== null ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      args: [...(headless ? ['--headless=new'] : []), ...extArgs, ...CHROMIUM_FLAGS],
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  if (opts.extension === null) return { context, worker: null, extId: null, close };
  try {
    if (via === 'cdp') {
      const cdp = await context.browser()!.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked' as never, { path: opts.extension } as never);
    }
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return { context, worker, extId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The page's extension frames that are shown (or, `hidden`, the ones made but not shown: the panel made ahead of the click). */
async function ourFrames(page: Page, hidden: boolean): Promise<Frame[]> {
  const out: Frame[] = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame() || !f.url().startsWith('chrome-extension://')) continue;
    const el = await f.frameElement().catch(() => null);
    const shown = el ? await el.evaluate((e) => (e as Element).checkVisibility({ visibilityProperty: true })).catch(() => false) : false;
    if (shown !== hidden) out.push(f);
  }
  return out;
}

/** A Port for one of the page's extension frames: evaluation there, clicks offset by the frame's box. */
function framePort(main: Port, page: Page, frame: Frame): Port {
  return {
    ...main,
    evaluate: (expression) => frame.evaluate(expression),
    evaluateFn: (fn, arg) => frame.evaluate(fn as never, arg),
    handle: async (expression) => asHandle(await frame.evaluateHandle(expression)),
    mouseClick: async (x, y) => {
      const box = await (await frame.frameElement()).boundingBox();
      if (!box) throw new Error(`the frame ${frame.url()} has no box to click in`);
      await page.mouse.click(box.x + x, box.y + y);
    },
    offset: async () => {
      const box = await (await frame.frameElement()).boundingBox();
      return { x: box?.x ?? 0, y: box?.y ?? 0 };
    },
    isolatedWorld: () => Promise.reject(new Error('no isolated world in an extension frame')),
    frames: async () => [],
  };
}

/** The Port for one Playwright page. */
export function chromiumTab(context: BrowserContext, page: Page): Tab {
  const port: Port = {
    evaluate: (expression) => page.evaluate(expression),
    evaluateFn: (fn, arg) => page.evaluate(fn as never, arg),
    handle: async (expression) => asHandle(await page.evaluateHandle(expression)),
    setFiles: (h, file) => (h as unknown as ElementHandle).setInputFiles(file),
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    keyDown: (key) => page.keyboard.down(key),
    keyUp: (key) => page.keyboard.up(key),
    keyPress: (key) => page.keyboard.press(key),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: () => page.url(),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    bringToFront: () => page.bringToFront(),
    setViewportSize: (size) => page.setViewportSize(size),
    addInitScript: async (fn) => {
      await page.addInitScript(fn);
    },
    onDialog: (cb) => {
      page.on('dialog', cb);
    },
    onPageError: (cb) => {
      page.on('pageerror', (e) => cb(e.message));
    },
    onConsoleError: (cb) => {
      page.on('console', (m) => m.type() === 'error' && cb(m.text()));
    },
    isolatedWorld: async (code) => {
      const cdp = await context.newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'tactful-test' });
      const evaluate = async (expression: string) => {
        const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value;
      };
      await evaluate(code);
      return evaluate;
    },
    frames: async (opts = {}) => (await ourFrames(page, !!opts.hidden)).map((f) => framePort(port, page, f)),
    accessibility: async () => {
      // The page's tree, then each extension frame's (an out-of-process frame has its own).
      const out: AxNode[] = [];
      const targets: Array<Page | Frame> = [page, ...(await ourFrames(page, false))];
      for (const target of targets) {
        // A frame of ours that was unloaded (an extension reload) is no longer a target of its own.
        const cdp = await context.newCDPSession(target).catch(() => null);
        if (!cdp) continue;
        try {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          for (const n of nodes) if (!n.ignored) out.push({ role: axRole(String(n.role?.value ?? '')), name: String(n.name?.value ?? '') });
        } finally {
          await cdp.detach().catch(() => {});
        }
      }
      return out;
    },
    close: () => page.close(),
  };
  return new Tab('chromium', port);
}
