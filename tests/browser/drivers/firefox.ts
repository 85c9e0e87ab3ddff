// The Firefox launcher: puppeteer-core over WebDriver BiDi, driving an installed Firefox
// (Debian's firefox-esr here; puppeteer downloads nothing). The built dist/firefox goes in
// as a temporary add-on (BiDi webExtension.install: no signing). Extension pages open in
// tabs at a fixed moz-extension UUID (the extensions.webextensions.uuids pref), which needs
// --remote-allow-system-access; the same flag lets the network watcher run privileged code.
import puppeteer, { type Browser, type ElementHandle, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Tab, asHandle, axRole, type AxNode, type Handle, type Port } from './tab';

/** The moz-extension:// host of the installed add-on, fixed so tests and npm start can open its pages. */
export const FIREFOX_UUID = '6a1f3c2e-7b54-4d0e-9c8a-1e2f3a4b5c6d';

/** What a page's request gets: a response, or null to block it (and record it as stray). */
export type Responder = (url: URL, isDocument: boolean) => Promise<{ status: number; headers: Record<string, string>; body: string | Buffer } | null>;

interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export function bidiSession(page: Page): BidiSession {
  return (page.mainFrame() as unknown as { browsingContext: { userContext: { browser: { session: BidiSession } } } }).browsingContext.userContext.browser.session;
}
export function contextId(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

export interface FirefoxLaunch {
  browser: Browser;
  /** moz-extension://<uuid>, or null without the extension. */
  origin: string | null;
  close(): Promise<void>;
}

export async function launchFirefox(opts: {
  executablePath: string;
  extension: string | null;
  geckoId: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}): Promise<FirefoxLaunch> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executablePath,
    headless: opts.headless ?? true,
    defaultViewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [opts.geckoId]: FIREFOX_UUID }),
      // Firefox's own background traffic (remote settings, captive portal, telemetry pings):
      // not ours, and nothing to fetch on a machine without internet.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.newtabpage.activity-stream.feeds.system.topstories': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const close = async () => {
    await browser.close().catch(() => {});
  };
  if (opts.extension === null) return { browser, origin: null, close };
  try {
    await browser.installExtension(opts.extension);
  } catch (error) {
    await close();
    throw error;
  }
  return { browser, origin: `moz-extension://${FIREFOX_UUID}`, close };
}

/** Serves every http(s) request of `page` through `respond`; moz-extension:, data:, blob: pass. */
export async function interceptRequests(page: Page, respond: Responder): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    void (async () => {
      let url: URL;
      try {
        url = new URL(req.url());
      } catch {
        return req.continue();
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return req.continue();
      const r = await respond(url, req.isNavigationRequest());
      if (!r) return req.abort('blockedbyclient');
      return req.respond({ status: r.status, headers: r.headers, body: r.body });
    })().catch(() => {});
  });
}

/** A Port for one of the page's extension frames: evaluation there, clicks offset by the frame's box. */
function framePort(main: Port, page: Page, frame: Frame): Port {
  return {
    ...main,
    evaluate: <R>(expression: string) => frame.evaluate(expression) as Promise<R>,
    evaluateFn: (fn, arg) => frame.evaluate(fn as never, arg as never),
    handle: async (expression) => asHandle(await frame.evaluateHandle(expression)),
    mouseClick: async (x, y) => {
      const box = await (await frame.frameElement())?.boundingBox();
      if (!box) throw new Error('the extension frame has no box to click in');
      await page.mouse.click(box.x + x, box.y + y);
    },
    offset: async () => {
      const box = await (await frame.frameElement())?.boundingBox();
      return { x: box?.x ?? 0, y: box?.y ?? 0 };
    },
    isolatedWorld: () => Promise.reject(new Error('no isolated world in an extension frame')),
    frames: async () => [],
  };
}

/** Runs `fn(...args)` with chrome privileges in the browser window (allowed by --remote-allow-system-access). */
export async function inChromeScope(page: Page, fn: string, args: string[] = [], what = 'chrome scope'): Promise<string> {
  const session = bidiSession(page);
  const { result } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = (result.contexts as { context: string }[])[0]?.context;
  if (!chrome) throw new Error('Firefox gave no chrome-scope context (is --remote-allow-system-access set?)');
  const r = await session.send('script.callFunction', {
    functionDeclaration: fn,
    target: { context: chrome },
    awaitPromise: true,
    arguments: args.map((value) => ({ type: 'string', value })),
    resultOwnership: 'none',
  });
  const out = r.result as unknown as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (out.type === 'exception') throw new Error(`${what}: ${out.exceptionDetails?.text}`);
  return out.result?.value ?? '';
}

/** Firefox's accessibility tree of the tab showing `url`, read in the parent process (its cache covers every frame). */
const AX_TREE = `async function (url) {
  const acc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  const strip = (u) => u.replace(/#.*$/, '');
  const b = win.gBrowser.browsers.find((x) => strip(x.currentURI.spec) === strip(url));
  if (!b) return '[]';
  const out = [];
  const walk = (x, depth) => {
    if (!x || depth > 80) return;
    let role = '';
    try { role = acc.getStringRole(x.role); } catch (e) { role = '?'; }
    out.push({ role, name: x.name || '' });
    for (let i = 0; i < x.childCount; i++) walk(x.getChildAt(i), depth + 1);
  };
  walk(acc.getAccessibleFor(b), 0);
  return JSON.stringify(out);
}`;

export function firefoxTab(page: Page, knownUrl = ''): Tab {
  let lastUrl = knownUrl;
  const uploads: string[] = [];
  const removeUploads = () => {
    for (const dir of uploads.splice(0)) rmSync(dir, { recursive: true, force: true });
    process.off('exit', removeUploads);
  };
  const isExtensionUrl = (u: string) => u.startsWith('moz-extension:');
  const port: Port = {
    evaluate: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    evaluateFn: (fn, arg) => page.evaluate(fn as never, arg as never),
    handle: async (expression) => asHandle(await page.evaluateHandle(expression)),
    setFiles: async (h, file) => {
      // Firefox reads the file when the page asks for its contents, so it lives until the tab closes.
      const dir = mkdtempSync(path.join(tmpdir(), 'tactful-upload-'));
      if (!uploads.length) {
        page.once('close', removeUploads);
        process.once('exit', removeUploads);
      }
      uploads.push(dir);
      const p = path.join(dir, file.name);
      writeFileSync(p, file.buffer);
      await (h as unknown as ElementHandle<HTMLInputElement>).uploadFile(p);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    keyDown: (key) => page.keyboard.down(key as never),
    keyUp: (key) => page.keyboard.up(key as never),
    keyPress: (key) => page.keyboard.press(key as never),
    goto: async (url) => {
      lastUrl = url;
      // page.goto never resolves for moz-extension: pages; BiDi's own navigate does.
      if (isExtensionUrl(url)) await (page.mainFrame() as unknown as { browsingContext: { navigate(u: string, w: string): Promise<void> } }).browsingContext.navigate(url, 'complete');
      else await page.goto(url);
    },
    reload: async () => {
      if (isExtensionUrl(port.url())) await bidiSession(page).send('browsingContext.reload', { context: contextId(page), wait: 'complete' });
      else await page.reload();
    },
    url: () => {
      const u = page.url();
      return u && u !== 'about:blank' ? u : lastUrl || u;
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    setViewportSize: (size) => page.setViewport(size),
    addInitScript: async (fn) => {
      await page.evaluateOnNewDocument(fn);
    },
    onDialog: (cb) => {
      page.on('dialog', (d) => cb({ type: () => d.type(), message: () => d.message(), dismiss: () => d.dismiss() }));
    },
    onPageError: (cb) => {
      page.on('pageerror', (e) => cb(e instanceof Error ? e.message : String(e)));
    },
    onConsoleError: (cb) => {
      page.on('console', (m) => m.type() === 'error' && cb(m.text()));
    },
    isolatedWorld: async (code) => {
      // A BiDi sandbox: Firefox's Xray-wrapped world, the kind a content script runs in.
      const session = bidiSession(page);
      const context = contextId(page);
      const run = async (expression: string) => {
        const { result } = await session.send('script.evaluate', { expression, target: { context, sandbox: 'tactful-test' }, awaitPromise: true, resultOwnership: 'none' });
        const r = result as unknown as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
        if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'exception in the isolated world');
        return r.result?.value;
      };
      // Values come back as JSON, as CDP's returnByValue gives them in Chromium.
      const evaluate = async (expression: string) => {
        const v = await run(`Promise.resolve(${expression}).then((v) => v === undefined ? 'undefined' : JSON.stringify(v))`);
        return v === undefined || v === 'undefined' ? undefined : JSON.parse(v as string);
      };
      await run(code); // a script: its top-level var becomes the world's global
      return evaluate;
    },
    frames: async (opts = {}) => {
      // puppeteer keeps about:blank as a child frame's URL here: ask each frame where it is.
      const out: Port[] = [];
      for (const f of page.frames()) {
        if (f === page.mainFrame()) continue;
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (!href.startsWith('moz-extension://')) continue;
        // Shown, or (opts.hidden) made hidden ahead of the click: the panel is the shown one.
        const el = await f.frameElement().catch(() => null);
        const shown = el ? await el.evaluate((e) => (e as Element).checkVisibility({ visibilityProperty: true })).catch(() => false) : false;
        if (shown !== !!opts.hidden) out.push(framePort(port, page, f));
      }
      return out;
    },
    accessibility: async () => {
      const nodes = JSON.parse(await inChromeScope(page, AX_TREE, [port.url()])) as AxNode[];
      return nodes.map((n) => ({ role: axRole(n.role), name: n.name }));
    },
    close: async () => {
      await page.close();
      removeUploads();
    },
  };
  return new Tab('firefox', port);
}
