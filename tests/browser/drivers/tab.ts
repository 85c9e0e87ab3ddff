// One tab, the same API in Chromium (Playwright) and Firefox (puppeteer over BiDi): a
// Playwright-shaped subset (locator, getByRole, getByLabel, getByText, keyboard, evaluate)
// whose element finding, waiting and clicking are ours (drivers/finder.js), so a test body
// means the same thing in both browsers. Each launcher only supplies a Port.
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const FINDER = readFileSync(path.join(import.meta.dirname, 'finder.js'), 'utf8')
  .replace(/^\s*\/\/.*$/gm, '')
  .trim()
  .replace(/;$/, '');

export type BrowserName = 'chromium' | 'firefox';
export type Text = string | RegExp;
type Matcher = { s: string } | { re: string; flags: string };
type Step =
  | { css: string }
  | { role: string; name?: Matcher; exact?: boolean }
  | { label: Matcher; exact?: boolean }
  | { text: Matcher; exact?: boolean }
  | { nth: number }
  | { hasText: Matcher };

/** An element handle as both libraries have it. */
export interface Handle {
  evaluate<R, A>(fn: (el: Element, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  dispose(): Promise<void>;
}

/** What playwright's and puppeteer's JSHandle both offer (the part asHandle uses). */
interface LibraryHandle {
  asElement(): unknown;
  evaluate(fn: (v: unknown) => boolean): Promise<boolean>;
  dispose(): Promise<void>;
}

/** evaluateHandle's answer as a Handle: an element, an array ('all'), or null for none. */
export async function asHandle(h: LibraryHandle): Promise<Handle | null> {
  const el = h.asElement();
  if (el) return el as unknown as Handle;
  const isNull = await h.evaluate((v) => v === null || v === undefined);
  if (isNull) {
    await h.dispose();
    return null;
  }
  return h as unknown as Handle;
}

export interface Dialog {
  type(): string;
  message(): string;
  dismiss(): Promise<void>;
}

/** What a launcher provides for one tab; everything else is shared. */
export interface Port {
  evaluate<R>(expression: string): Promise<R>;
  evaluateFn<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  handle(expression: string): Promise<Handle | null>;
  setFiles(h: Handle, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Where this realm's viewport sits in the tab's (an extension frame's box); the page's own is 0, 0. */
  offset?(): Promise<{ x: number; y: number }>;
  type(text: string): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  keyPress(key: string): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  screenshot(file: string): Promise<void>;
  bringToFront(): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  addInitScript(fn: () => void): Promise<void>;
  onDialog(cb: (d: Dialog) => void): void;
  onPageError(cb: (message: string) => void): void;
  onConsoleError(cb: (text: string) => void): void;
  /** An isolated world (a content script's kind of world) on the main frame, with `code` run in it. */
  isolatedWorld(code: string): Promise<(expression: string) => Promise<unknown>>;
  /**
   * The tab's child frames that are extension pages (Tactful's panel), each as a Port whose
   * evaluate runs in that frame and whose mouseClick takes frame coordinates. A page script
   * cannot reach these frames (another origin, inside a closed shadow root); the driver can,
   * as the user's eyes and mouse can. Only frames on screen: the panel made hidden ahead of
   * the click is not "the panel" until it is shown (`hidden: true` lists those instead).
   */
  frames(opts?: { hidden?: boolean }): Promise<Port[]>;
  /** The tab's platform accessibility tree (page and frames, through closed shadow roots), flattened. */
  accessibility(): Promise<AxNode[]>;
  close(): Promise<void>;
}

/**
 * One node of the browser's own accessibility tree, as assistive technology gets it. Roles
 * are normalised across engines: 'button' (Firefox: pushbutton, toggle button), 'dialog',
 * 'iframe' (internal frame), 'alert', 'textbox' (entry), 'text' (StaticText, text leaf)…
 */
export interface AxNode {
  role: string;
  name: string;
}

const AX_ROLES: Record<string, string> = {
  pushbutton: 'button', 'toggle button': 'button', 'internal frame': 'iframe', Iframe: 'iframe', entry: 'textbox',
  'text leaf': 'text', StaticText: 'text', statictext: 'text', checkbutton: 'checkbox', RootWebArea: 'document', 'document frame': 'document',
};
export const axRole = (role: string): string => AX_ROLES[role] ?? role;

export const RESULTS = path.resolve(import.meta.dirname, '../../../test-results');

const matcher = (t: Text): Matcher => (t instanceof RegExp ? { re: t.source, flags: t.flags } : { s: t });
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A lazy element query, resolved afresh at every action (like a Playwright locator). Waiting
 * actions poll every 100 ms up to their timeout; click() is a real mouse click at the
 * element's centre after checking nothing covers it.
 */
export class Locator {
  constructor(
    private readonly port: Port,
    private readonly steps: Step[],
  ) {}

  /** Where a query looks: the tab's page first, then our extension frames (the panel). */
  private async realms(): Promise<Port[]> {
    return [this.port, ...(await this.port.frames().catch(() => [] as Port[]))];
  }

  private with(step: Step): Locator {
    return new Locator(this.port, [...this.steps, step]);
  }
  locator(css: string): Locator {
    return this.with({ css });
  }
  getByRole(role: string, opts: { name?: Text; exact?: boolean } = {}): Locator {
    return this.with({ role, ...(opts.name !== undefined ? { name: matcher(opts.name) } : {}), exact: !!opts.exact });
  }
  getByLabel(label: Text, opts: { exact?: boolean } = {}): Locator {
    return this.with({ label: matcher(label), exact: !!opts.exact });
  }
  getByText(text: Text, opts: { exact?: boolean } = {}): Locator {
    return this.with({ text: matcher(text), exact: !!opts.exact });
  }
  filter(opts: { hasText: Text }): Locator {
    return this.with({ hasText: matcher(opts.hasText) });
  }
  first(): Locator {
    return this.with({ nth: 0 });
  }
  last(): Locator {
    return this.with({ nth: -1 });
  }
  nth(i: number): Locator {
    return this.with({ nth: i });
  }

  private query(op: string): string {
    return `(${FINDER})(${JSON.stringify(this.steps)}, ${JSON.stringify(op)})`;
  }
  /** A whole chain is resolved inside one realm (the panel's elements are all in its frame). */
  private async run<R>(op: 'count' | 'state'): Promise<R> {
    let total = 0;
    let first: { count: number; visible: boolean } | null = null;
    for (const port of await this.realms()) {
      const r = await port.evaluate<number | { count: number; visible: boolean }>(this.query(op)).catch(() => null);
      if (r === null) continue;
      if (typeof r === 'number') total += r;
      else if (r.count > 0 && !first) first = r;
    }
    return (op === 'count' ? total : (first ?? { count: 0, visible: false })) as R;
  }
  /** The realm holding the first match (else the page). */
  private async realmOf(): Promise<Port> {
    for (const port of await this.realms()) if ((await port.evaluate<number>(this.query('count')).catch(() => 0)) > 0) return port;
    return this.port;
  }
  private describe(): string {
    return JSON.stringify(this.steps);
  }

  count(): Promise<number> {
    return this.run<number>('count');
  }

  async waitFor(opts: { state?: 'attached' | 'visible' | 'detached' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = opts.state ?? 'visible';
    const end = Date.now() + (opts.timeout ?? 30_000);
    for (;;) {
      const s = await this.run<{ count: number; visible: boolean }>('state').catch(() => ({ count: 0, visible: false }));
      const ok = state === 'attached' ? s.count > 0 : state === 'visible' ? s.visible : state === 'detached' ? s.count === 0 : !s.visible;
      if (ok) return;
      if (Date.now() > end) throw new Error(`waitFor(${state}) timed out after ${opts.timeout ?? 30_000} ms: ${this.describe()}`);
      await sleep(100);
    }
  }

  /** The first matching element (waiting up to `timeout` for it) and its realm, for one action. */
  private async handle(timeout = 10_000): Promise<{ h: Handle; port: Port }> {
    const end = Date.now() + timeout;
    for (;;) {
      for (const port of await this.realms()) {
        const h = await port.handle(this.query('first')).catch(() => null);
        if (h) return { h, port };
      }
      if (Date.now() > end) throw new Error(`no element for ${this.describe()} within ${timeout} ms`);
      await sleep(100);
    }
  }
  private async actIn<R, A>(fn: (el: Element, arg: A) => R | Promise<R>, arg: A, timeout?: number): Promise<{ r: R; port: Port }> {
    const { h, port } = await this.handle(timeout);
    try {
      return { r: await h.evaluate(fn, arg), port };
    } finally {
      await h.dispose().catch(() => {});
    }
  }
  private async act<R, A>(fn: (el: Element, arg: A) => R | Promise<R>, arg: A, timeout?: number): Promise<R> {
    return (await this.actIn(fn, arg, timeout)).r;
  }

  evaluate<R, A = undefined>(fn: (el: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.act(fn, arg as A);
  }
  async evaluateAll<R>(fn: (els: Element[]) => R): Promise<R> {
    const h = await (await this.realmOf()).handle(this.query('all'));
    if (!h) throw new Error(`evaluateAll: no list for ${this.describe()}`);
    try {
      return await (h as unknown as { evaluate(f: (els: Element[]) => R): Promise<R> }).evaluate(fn);
    } finally {
      await h.dispose().catch(() => {});
    }
  }
  inputValue(): Promise<string> {
    return this.act((el) => (el as HTMLInputElement).value, null);
  }
  textContent(): Promise<string | null> {
    return this.act((el) => el.textContent, null);
  }
  innerText(): Promise<string> {
    return this.act((el) => (el as HTMLElement).innerText, null);
  }
  getAttribute(name: string): Promise<string | null> {
    return this.act((el, n) => el.getAttribute(n), name);
  }
  focus(): Promise<void> {
    return this.act((el) => (el as HTMLElement).focus(), null);
  }
  /** A synthetic (untrusted) event, as Playwright's dispatchEvent: for controls a covering element hides. */
  dispatchEvent(type: string): Promise<void> {
    return this.act((el, t) => {
      el.dispatchEvent(new MouseEvent(t, { bubbles: true, cancelable: true, composed: true, view: window }));
    }, type);
  }

  /** A real mouse click at the centre, once the element is visible and nothing covers it. */
  async click(opts: { timeout?: number; position?: { x: number; y: number } } = {}): Promise<void> {
    const timeout = opts.timeout ?? 10_000;
    const end = Date.now() + timeout;
    const settleUntil = Date.now() + 2_000;
    let last = '';
    for (;;) {
      const { r: spot, port } = await this.actIn(
        async (el, arg) => {
          const { pos, settle } = arg;
          el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
          type Spot = { ok: boolean; why?: string; x?: number; y?: number };
          // Stable, as Playwright waits for: a button that the layout is still moving (findings
          // arriving under the draft push Insert down) would be missed by a click at its old place.
          // After two seconds of movement (a page that never stops), click where it is.
          if (settle) {
            const before = el.getBoundingClientRect();
            await new Promise((done) => setTimeout(done, 80));
            const now = el.getBoundingClientRect();
            if (Math.abs(now.top - before.top) > 0.5 || Math.abs(now.left - before.left) > 0.5 || Math.abs(now.height - before.height) > 0.5) return { ok: false, why: 'is still moving' } as Spot;
          }
          // The first box, as Playwright does: an inline element over two lines has a gap in its middle.
          const r = pos ? el.getBoundingClientRect() : ([...el.getClientRects()].find((b) => b.width > 0 && b.height > 0) ?? el.getBoundingClientRect());
          if (r.width === 0 || r.height === 0) return { ok: false, why: 'has no size' } as Spot;
          const x = pos ? r.left + pos.x : r.left + r.width / 2;
          const y = pos ? r.top + pos.y : r.top + r.height / 2;
          // Deep hit test: descend through open shadow roots to the element really under the point.
          let hit: Element | null = document.elementFromPoint(x, y);
          while (hit?.shadowRoot) {
            const inner = hit.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === hit) break;
            hit = inner;
          }
          for (let e: Node | null = hit; e; e = e.parentNode ?? (e instanceof ShadowRoot ? e.host : null)) if (e === el) return { ok: true, x, y };
          const what = hit ? `${hit.localName}${hit.id ? `#${hit.id}` : ''}${hit.className && typeof hit.className === 'string' ? `.${hit.className.split(' ').join('.')}` : ''}` : 'nothing';
          return { ok: false, why: `is covered by ${what}` };
        },
        { pos: opts.position ?? null, settle: Date.now() < settleUntil },
        Math.max(0, end - Date.now()),
      );
      if (spot.ok && spot.x !== undefined && spot.y !== undefined) return port.mouseClick(spot.x, spot.y);
      last = spot.why ?? '';
      if (Date.now() > end) throw new Error(`click: the element ${last} (${this.describe()})`);
      await sleep(100);
    }
  }

  /**
   * Replaces an input's, textarea's or editor's content with `value` the way typing does:
   * focus, select all, then execCommand('insertText'), which fires a trusted `input` event in
   * both browsers (Playwright's fill does the same through CDP in Chromium only).
   */
  async fill(value: string): Promise<void> {
    const ok = await this.act((el, v) => {
      const e = el as HTMLInputElement;
      e.focus();
      if (typeof e.select === 'function') e.select();
      else {
        const r = document.createRange();
        r.selectNodeContents(e);
        const s = (e.getRootNode() as Document).getSelection?.() ?? getSelection();
        s?.removeAllRanges();
        s?.addRange(r);
      }
      if (v === '') document.execCommand('delete');
      else document.execCommand('insertText', false, v);
      return typeof e.value === 'string' ? e.value === v : (e.textContent ?? '') === v;
    }, value);
    if (!ok) throw new Error(`fill: the value did not take (${this.describe()})`);
  }

  async setInputFiles(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const { h, port } = await this.handle();
    try {
      await port.setFiles(h, file);
    } finally {
      await h.dispose().catch(() => {});
    }
  }

  /** In the tab's coordinates (for tab.mouse), also for an element inside our panel's frame. */
  async boundingBox(): Promise<Box | null> {
    const { r, port } = await this.actIn((el) => {
      const b = el.getBoundingClientRect();
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    }, null);
    const o = (await port.offset?.()) ?? { x: 0, y: 0 };
    return { ...r, x: r.x + o.x, y: r.y + o.y };
  }
}

export class Tab {
  readonly keyboard: { type(text: string): Promise<void>; press(keys: string): Promise<void> };
  readonly mouse: { click(x: number, y: number): Promise<void> };

  constructor(
    readonly browser: BrowserName,
    readonly port: Port,
  ) {
    this.keyboard = {
      type: (text) => port.type(text),
      // Playwright-style combos: 'Control+z', 'Control+Home', 'Escape'.
      press: async (keys) => {
        const parts = keys.split('+');
        const key = parts.pop()!;
        for (const m of parts) await port.keyDown(m);
        await port.keyPress(key);
        for (const m of parts.reverse()) await port.keyUp(m);
      },
    };
    this.mouse = { click: (x, y) => port.mouseClick(x, y) };
  }

  private root(): Locator {
    return new Locator(this.port, []);
  }
  locator(css: string): Locator {
    return this.root().locator(css);
  }
  getByRole(role: string, opts?: { name?: Text; exact?: boolean }): Locator {
    return this.root().getByRole(role, opts);
  }
  getByLabel(label: Text, opts?: { exact?: boolean }): Locator {
    return this.root().getByLabel(label, opts);
  }
  getByText(text: Text, opts?: { exact?: boolean }): Locator {
    return this.root().getByText(text, opts);
  }

  /** A function with one serialisable argument, or an expression as source text (run by the driver, outside the page's CSP). */
  evaluate<R, A = undefined>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R> {
    return typeof fn === 'string' ? this.port.evaluate<R>(fn) : this.port.evaluateFn(fn, arg as A);
  }
  goto(url: string): Promise<void> {
    return this.port.goto(url);
  }
  reload(): Promise<void> {
    return this.port.reload();
  }
  url(): string {
    return this.port.url();
  }
  bringToFront(): Promise<void> {
    return this.port.bringToFront();
  }
  setViewportSize(size: { width: number; height: number }): Promise<void> {
    return this.port.setViewportSize(size);
  }
  addInitScript(fn: () => void): Promise<void> {
    return this.port.addInitScript(fn);
  }
  waitForTimeout(ms: number): Promise<void> {
    return sleep(ms);
  }
  on(event: 'dialog', cb: (d: Dialog) => void): void;
  on(event: 'pageerror', cb: (message: string) => void): void;
  on(event: 'consoleerror', cb: (text: string) => void): void;
  on(event: string, cb: (x: never) => void): void {
    if (event === 'dialog') this.port.onDialog(cb as (d: Dialog) => void);
    else if (event === 'pageerror') this.port.onPageError(cb as (m: string) => void);
    else if (event === 'consoleerror') this.port.onConsoleError(cb as (m: string) => void);
    else throw new Error(`unknown tab event ${event}`);
  }
  isolatedWorld(code: string): Promise<(expression: string) => Promise<unknown>> {
    return this.port.isolatedWorld(code);
  }
  /** What assistive technology sees in this tab (see AxNode), closed shadow roots and our frames included. */
  /** Our extension frames made but not shown (the panel made ahead of the click): what runs in them, for a test to check. */
  hiddenFrames(): Promise<Array<Pick<Port, 'evaluate' | 'evaluateFn'>>> {
    return this.port.frames({ hidden: true });
  }

  accessibility(): Promise<AxNode[]> {
    return this.port.accessibility();
  }
  /** test-results/<name>.png; in Firefox <name>-firefox.png unless `exact`. */
  async screenshot(name: string, opts: { exact?: boolean } = {}): Promise<string> {
    mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${name}${this.browser === 'firefox' && !opts.exact ? '-firefox' : ''}.png`);
    await this.port.screenshot(file);
    return file;
  }
  async close(): Promise<void> {
    await this.port.close();
  }
}
