// The four user-visible steps, each timed with the browser's own clock (no CDP round trip in
// the figure): a trusted click (CDP Input, as a user's) starts the clock in a window capture
// listener, which runs before anything of ours; the clock stops when the result is on screen.
// The panel is our extension page in an iframe inside a closed shadow root (#13): the click
// and the result may be in different documents (the page, our frame), so both sides read
// `performance.timeOrigin + performance.now()`, one clock for every process of the machine.
// A recorder injected into our frame (CDP, at document start) notes when the draft box
// changes; a build whose panel still lives in an open shadow root is read there instead.
// The panel may be made hidden ahead of the click (#18) and have its draft before it: the first
// draft counts when the user can see it, the later of the draft in the frame and the panel shown
// (a page-side watcher notes when our panel host becomes visible).
import type { Frame, Page } from 'puppeteer-core';

const DRAFT_BOX = 'textarea.tf-draft, textarea';
const EDITOR = '.M9 [g_editable="true"]';
const FRAME_PATH = '/src/frame/index.html';

/** In the frame, from its first line: every change of the draft box, and every click, with the time. */
const FRAME_RECORDER = `(() => {
  if (!location.pathname.endsWith(${JSON.stringify(FRAME_PATH)})) return;
  const now = () => performance.timeOrigin + performance.now();
  const rec = (window.__bench = { drafts: [], clicks: [] });
  let last = null;
  const look = () => {
    const box = document.querySelector(${JSON.stringify(DRAFT_BOX)});
    const v = box ? box.value : null;
    if (v !== last) { last = v; rec.drafts.push({ at: now(), text: v }); }
  };
  window.addEventListener('click', (e) => rec.clicks.push({ at: now(), label: (e.target && e.target.textContent || '').trim().slice(0, 40), intent: e.target && e.target.closest && e.target.closest('[data-intent]') ? e.target.closest('[data-intent]').getAttribute('data-intent') : null }), true);
  const start = () => {
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    setInterval(look, 4);
    look();
  };
  if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
})()`;

interface DraftRecord {
  at: number;
  text: string | null;
}

export interface PanelSteps {
  draftText(): Promise<string | null>;
  /** Click "Reply tactfully" (or, `keyboard`, press Enter on the focused button) → the first draft on screen. */
  timeFirstDraft(opts?: { keyboard?: boolean }): Promise<number | null>;
  /** Focus "Reply tactfully" as a keyboard user does (its host delegates focus to the button). */
  focusButton(): Promise<void>;
  timeIntentChange(intent: string): Promise<number | null>;
  timeInsert(): Promise<number | null>;
  closePanel(): Promise<void>;
}

/** Installs the frame recorder; call before the first panel opens. */
export async function panelSteps(page: Page): Promise<PanelSteps> {
  await page.evaluateOnNewDocument(FRAME_RECORDER);
  // Our frame on screen: a panel made hidden ahead of the click is not yet the user's.
  const shownFrames = async (): Promise<Frame[]> => {
    const out: Frame[] = [];
    for (const f of page.frames()) {
      if (f.detached || !f.url().includes(FRAME_PATH)) continue;
      const el = await f.frameElement().catch(() => null);
      if (el && (await el.evaluate((e) => e.checkVisibility({ visibilityProperty: true })).catch(() => false))) out.push(f);
    }
    return out;
  };
  let current: Frame | null = null;
  const frame = (): Frame | null => (current && !current.detached ? current : null);
  const waitFrame = async (timeoutMs = 10_000): Promise<Frame> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const f = frame() ?? (await shownFrames())[0] ?? null;
      if (f && (await f.evaluate('!!window.__bench').catch(() => false))) return (current = f);
      if (Date.now() > end) throw new Error('the panel frame did not appear (or has no recorder)');
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const drafts = async (f: Frame) => (await f.evaluate('window.__bench.drafts')) as DraftRecord[];
  const clickAt = async (f: Frame, css: string, label?: RegExp) => {
    const handles = await f.$$(css);
    for (const h of handles) {
      const text = ((await h.evaluate((el) => el.textContent ?? '')) as string).trim();
      if (!label || label.test(text)) {
        await h.click();
        return;
      }
    }
    throw new Error(`nothing to click in the panel: ${css} ${label ?? ''}`);
  };
  const until = async <T>(read: () => Promise<T | null>, timeoutMs = 10_000): Promise<T | null> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = await read();
      if (v !== null) return v;
      if (Date.now() > end) return null;
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  return {
    async draftText() {
      const f = frame();
      if (!f) return null;
      return (await f.evaluate(`(() => { const b = document.querySelector(${JSON.stringify(DRAFT_BOX)}); return b ? b.value : null; })()`)) as string | null;
    },

    async focusButton() {
      await page.evaluate(`(() => { const h = document.querySelector('[role="main"] [data-tactful-button]') || document.querySelector('[data-tactful-button]'); if (h) h.focus(); })()`);
    },

    /** Click "Reply tactfully" (the host of its closed root, at its centre), or Enter on it → the first draft shown in the panel. */
    async timeFirstDraft(opts = {}) {
      current = null;
      const box = (await page.evaluate(`(() => { const h = document.querySelector('[role="main"] [data-tactful-button]') || document.querySelector('[data-tactful-button]'); if (!h) return null; h.scrollIntoView({ block: 'nearest' }); const r = h.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as { x: number; y: number } | null;
      if (!box) throw new Error('no "Reply tactfully" button to click');
      // The clock starts at the click (Enter on a button is a click too, detail 0); the page notes when our panel host is first visible.
      await page.evaluate(`(() => { window.__benchT0 = 0; window.__benchShown = 0; const host = document.querySelector('[role="main"] [data-tactful-button]') || document.querySelector('[data-tactful-button]'); const on = (e) => { if (e.composedPath().includes(host)) { window.__benchT0 = performance.timeOrigin + performance.now(); window.removeEventListener('click', on, true); } }; window.addEventListener('click', on, true); const shown = () => [...document.querySelectorAll('[data-tactful-panel]')].some((h) => h.checkVisibility({ visibilityProperty: true })); const check = () => { if (!window.__benchShown && window.__benchT0 && shown()) { window.__benchShown = performance.timeOrigin + performance.now(); mo.disconnect(); clearInterval(iv); } }; const mo = new MutationObserver(check); mo.observe(document, { childList: true, subtree: true, attributes: true }); const iv = setInterval(check, 4); })()`);
      if (opts.keyboard) await page.keyboard.press('Enter');
      else await page.mouse.click(box.x, box.y);
      const t0 = (await page.evaluate('window.__benchT0')) as number;
      if (!t0) throw new Error('the click did not reach the button');
      const f = await waitFrame();
      const drafted = await until(async () => (await drafts(f)).find((d) => d.text !== null && d.text.trim().length > 40)?.at ?? null);
      const shownAt = await until(async () => ((await page.evaluate('window.__benchShown || null')) as number | null));
      return drafted === null || shownAt === null ? null : Math.max(drafted, shownAt) - t0;
    },

    /** Click another intent in the open panel → a different draft. */
    async timeIntentChange(intent: string) {
      const f = await waitFrame();
      const before = (await drafts(f)).at(-1)?.text ?? '';
      const n = (await f.evaluate('window.__bench.clicks.length')) as number;
      await clickAt(f, `[data-intent="${intent}"]`);
      const t0 = await until(async () => ((await f.evaluate(`window.__bench.clicks[${n}] ? window.__bench.clicks[${n}].at : null`)) as number | null));
      if (t0 === null) throw new Error('the click did not reach the panel');
      const at = await until(async () => (await drafts(f)).find((d) => d.at >= t0 && d.text !== null && d.text.trim().length > 40 && d.text !== before)?.at ?? null);
      return at === null ? null : at - t0;
    },

    /** Click "Insert into reply" → a distinctive line of the draft is in Gmail's reply editor. */
    async timeInsert() {
      const f = await waitFrame();
      const text = (await drafts(f)).at(-1)?.text ?? '';
      const needle = (text.split('\n').sort((x, y) => y.length - x.length)[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      // The page's side: a watcher armed before the click notes when the text is in the editor.
      await page.evaluate(`(() => { window.__benchInserted = 0; const ok = () => { const ed = document.querySelector(${JSON.stringify(EDITOR)}); return !!ed && (ed.textContent || '').replace(/\\s+/g, ' ').includes(${JSON.stringify(needle)}); }; const check = () => { if (!window.__benchInserted && ok()) { window.__benchInserted = performance.timeOrigin + performance.now(); mo.disconnect(); clearInterval(iv); } }; const mo = new MutationObserver(check); mo.observe(document, { childList: true, subtree: true, characterData: true }); const iv = setInterval(check, 4); })()`);
      const n = (await f.evaluate('window.__bench.clicks.length')) as number;
      await clickAt(f, 'button', /Insert into reply/);
      const t0 = await until(async () => ((await f.evaluate(`window.__bench.clicks[${n}] ? window.__bench.clicks[${n}].at : null`)) as number | null));
      if (t0 === null) throw new Error('the click did not reach the panel');
      const at = await until(async () => ((await page.evaluate('window.__benchInserted || null')) as number | null));
      return at === null ? null : at - t0;
    },

    /** Closes the panel (its Close button), so the next message starts clean. */
    async closePanel() {
      const f = frame();
      if (f) await clickAt(f, 'button.tf-close').catch(() => {});
      current = null;
      // Closed: no panel on screen (the button, focused again, may make a hidden one at once).
      await until(async () => ((await shownFrames()).length ? null : true), 3000);
    },
  };
}

/**
 * `fixture.open(id)` → our "Reply tactfully" host in the open message. Its shadow root is
 * closed (#13), so the host's arrival is the mark (the button is created inside it before the
 * host is inserted); an open root must hold its button.
 */
export async function timeToButton(page: Page, id: string, timeoutMs = 5000): Promise<{ ms: number | null }> {
  const ms = (await page.evaluate(`new Promise((resolve) => {
    const ready = (h) => h && h.isConnected && (!h.shadowRoot || !!h.shadowRoot.querySelector('button'));
    const find = () => [...document.querySelectorAll('[data-tactful-button]')].find((h) => h.closest('[role="main"]') && ready(h));
    let done = false;
    const finish = (v) => { if (done) return; done = true; mo.disconnect(); clearInterval(iv); resolve(v); };
    const check = () => { if (find()) finish(performance.now() - t0); };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true });
    const iv = setInterval(check, 4);
    const t0 = performance.now();
    window.fixture.open(${JSON.stringify(id)});
    // A button our scan kept across the re-render is not "added": nothing to time.
    setTimeout(() => finish(null), ${timeoutMs});
  })`)) as number | null;
  return { ms };
}
