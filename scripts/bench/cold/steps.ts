// The four user-visible steps, each timed inside the webmail page with performance.now()
// (no CDP round trip in the figure): a trusted click (CDP Input, as a user's) starts the
// clock in a window capture listener, which runs before anything of ours; the clock stops
// when the page shows the result. The panel is read where the content script puts it.
import type { Page } from 'puppeteer-core';

/** In-page JS: the draft text the panel shows, or null while there is none. */
const DRAFT = `(() => {
  const host = document.querySelector('[data-tactful-panel]');
  const area = host && host.shadowRoot ? host.shadowRoot.querySelector('textarea') : null;
  return area ? area.value : null;
})()`;

/** In-page JS: an element of our panel or button, found through our open shadow roots. */
const PANEL_EL = (css: string) => `(() => {
  const host = document.querySelector('[data-tactful-panel]');
  return host && host.shadowRoot ? host.shadowRoot.querySelector(${JSON.stringify(css)}) : null;
})()`;
const BUTTON_EL = `(() => {
  const host = document.querySelector('[role="main"] [data-tactful-button]');
  return host && host.shadowRoot ? host.shadowRoot.querySelector('button') : null;
})()`;
const EDITOR = '.M9 [g_editable="true"]';

export async function draftText(page: Page): Promise<string | null> {
  return page.evaluate(DRAFT) as Promise<string | null>;
}

/**
 * Arms an in-page clock: started by the first click whose target is `element` (capture, on
 * the window), stopped when `done` (in-page JS, an expression) becomes true; checked on every
 * DOM change in the page and in our shadow roots, and every 4 ms (a textarea's value changes
 * without a mutation). Then clicks `element` at its centre and returns the milliseconds.
 */
async function clickAndTime(page: Page, element: string, done: string, timeoutMs = 10_000): Promise<number | null> {
  const box = (await page.evaluate(`(() => { const el = ${element}; if (!el) return null; el.scrollIntoView({ block: 'nearest' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as { x: number; y: number } | null;
  if (!box) throw new Error(`nothing to click: ${element.replace(/\s+/g, ' ').slice(0, 160)}`);
  const result = page.evaluate(`new Promise((resolve) => {
    let t0 = 0, finished = false;
    const target = ${element};
    const done = () => (${done});
    const observers = [];
    const end = (v) => {
      if (finished) return;
      finished = true;
      for (const o of observers) o.disconnect();
      clearInterval(poll);
      window.removeEventListener('click', onClick, true);
      window.__benchArmed = false;
      resolve(v);
    };
    const check = () => {
      if (finished || !t0) return;
      const host = document.querySelector('[data-tactful-panel]');
      if (host && host.shadowRoot && !host.__benchObserved) {
        host.__benchObserved = true;
        const o = new MutationObserver(check);
        o.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true, characterData: true });
        observers.push(o);
      }
      if (done()) end(performance.now() - t0);
    };
    const onClick = (e) => {
      if (!t0 && target && e.composedPath().includes(target)) { t0 = performance.now(); queueMicrotask(check); }
    };
    window.addEventListener('click', onClick, true);
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, characterData: true });
    observers.push(mo);
    const poll = setInterval(check, 4);
    setTimeout(() => end(null), ${timeoutMs});
    window.__benchArmed = true;
  })`) as Promise<number | null>;
  await page.waitForFunction('window.__benchArmed === true', { polling: 5 });
  await page.mouse.click(box.x, box.y);
  return result;
}

/** Click "Reply tactfully" on the open message → the first draft in the panel. */
export function timeFirstDraft(page: Page): Promise<number | null> {
  return clickAndTime(page, BUTTON_EL, `(() => { const d = ${DRAFT}; return d !== null && d.trim().length > 40; })()`);
}

/** Click another intent in the open panel → a different draft. */
export async function timeIntentChange(page: Page, intent: string): Promise<number | null> {
  const before = (await draftText(page)) ?? '';
  return clickAndTime(page, PANEL_EL(`button[data-intent="${intent}"]`), `(() => { const d = ${DRAFT}; return d !== null && d.trim().length > 40 && d !== ${JSON.stringify(before)}; })()`);
}

/** Click "Insert into reply" → a distinctive line of the draft is in Gmail's reply editor. */
export async function timeInsert(page: Page): Promise<number | null> {
  const text = (await draftText(page)) ?? '';
  const longest = text.split('\n').sort((x, y) => y.length - x.length)[0] ?? '';
  const needle = longest.replace(/\s+/g, ' ').trim().slice(0, 40);
  const insert = `(() => { const host = document.querySelector('[data-tactful-panel]'); const root = host && host.shadowRoot; return root ? [...root.querySelectorAll('button')].find((b) => /Insert into reply/.test(b.textContent || '')) || null : null; })()`;
  return clickAndTime(page, insert, `(() => { const ed = document.querySelector(${JSON.stringify(EDITOR)}); return !!ed && (ed.textContent || '').replace(/\\s+/g, ' ').includes(${JSON.stringify(needle)}); })()`);
}

/** Closes the panel (its Close button), so the next message starts clean. */
export async function closePanel(page: Page): Promise<void> {
  await page.evaluate(`(() => { const host = document.querySelector('[data-tactful-panel]'); const root = host && host.shadowRoot; const b = root && [...root.querySelectorAll('button')].find((x) => x.getAttribute('aria-label') === 'Close' || /^Close$/.test((x.textContent || '').trim())); if (b) b.click(); else if (host) host.remove(); })()`);
}
