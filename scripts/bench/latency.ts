// 3. Latency, measured in the page (performance.now) so no CDP round trip is counted:
// - time to button: fixture.open(id) called → our "Reply tactfully" host is in the DOM (its
//   closed shadow root holds the button before the host goes in);
// - time to insert: the click on "Insert into reply" in our panel (its own frame: the page
//   never sees the click, so it is timed there) → the draft's text is in Gmail's reply editor
//   (.M9 [g_editable="true"]). Both ends are read as timeOrigin + now(), one clock for both
//   documents.
import type { Frame, Page } from 'playwright-core';
import { sleep } from './stats';

/** Tactful's panel: our extension page in a frame of the webmail page. */
export async function panelFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(50)) {
    const f = page.frames().find((x) => x !== page.mainFrame() && x.url().startsWith('chrome-extension://'));
    if (f) return f;
  }
  throw new Error('the panel’s frame did not appear');
}

export interface ButtonTiming {
  id: string;
  /** ms from fixture.open() to the button, or null when none came within the timeout. */
  ms: number | null;
  /** ms the fixture itself took to render the conversation (page work, not ours). */
  renderMs: number;
}

/** Opens `id` and waits in the page for a [data-tactful-button] host. */
export function timeToButton(page: Page, id: string, timeoutMs = 5000): Promise<ButtonTiming> {
  return page.evaluate(
    ({ id, timeoutMs }) =>
      new Promise<ButtonTiming>((resolve) => {
        const w = window as unknown as { fixture: { open(id: string): void } };
        let t0 = 0;
        let renderMs = 0;
        let settled = false;
        const observers: MutationObserver[] = [];
        const finish = (ms: number | null) => {
          if (settled) return;
          settled = true;
          for (const o of observers) o.disconnect();
          resolve({ id, ms, renderMs });
        };
        const watchHost = (host: Element): void => {
          if (host.isConnected) finish(performance.now() - t0);
        };
        const outer = new MutationObserver((records) => {
          for (const r of records) {
            for (const n of Array.from(r.addedNodes)) {
              if (n.nodeType !== 1) continue;
              const el = n as Element;
              const host = el.matches('[data-tactful-button]') ? el : el.querySelector('[data-tactful-button]');
              if (host) watchHost(host);
            }
          }
        });
        observers.push(outer);
        outer.observe(document, { childList: true, subtree: true });
        t0 = performance.now();
        w.fixture.open(id);
        renderMs = performance.now() - t0;
        // A button our scan kept across the re-render would not be "added": check once now.
        const present = document.querySelector('[role="main"] [data-tactful-button]');
        if (present) watchHost(present);
        setTimeout(() => finish(null), timeoutMs);
      }),
    { id, timeoutMs },
  );
}

export interface InsertTiming {
  id: string;
  ms: number | null;
  /** Was the reply editor already open when Insert was clicked? (here: never; the click opens it). */
  replyWasOpen: boolean;
}

const EDITOR = '.M9 [g_editable="true"]';

/**
 * One "Insert into reply": open `id`, wait for our button, open the panel (Decline is the
 * default), wait for the draft, then click Insert and time it in the page.
 */
export async function timeToInsert(page: Page, id: string): Promise<InsertTiming> {
  const b = await timeToButton(page, id);
  if (b.ms === null) return { id, ms: null, replyWasOpen: false };
  await page.locator('[data-tactful-button]').first().click();
  const frame = await panelFrame(page);
  const panel = frame.getByRole('dialog', { name: 'Tactful' });
  await panel.waitFor({ timeout: 10_000 });
  const draft = panel.getByLabel('Draft');
  let text = '';
  for (let i = 0; i < 100 && text.trim().length < 40; i++) {
    text = await draft.inputValue().catch(() => '');
    if (text.trim().length < 40) await sleep(50);
  }
  // A distinctive piece of the draft, compared without whitespace differences.
  const longest = text.split('\n').sort((x, y) => y.length - x.length)[0] ?? '';
  const needle = longest.replace(/\s+/g, ' ').trim().slice(0, 40);
  const replyWasOpen = await page.evaluate((sel) => !!document.querySelector(sel), EDITOR);
  // The click, timed in the panel's frame.
  await frame.evaluate(() => {
    const w = window as unknown as { __benchClickAt: number };
    w.__benchClickAt = 0;
    window.addEventListener('click', (e) => {
      if (e.composedPath().some((n) => n instanceof HTMLElement && n.tagName === 'BUTTON' && /Insert into reply/.test(n.textContent ?? ''))) w.__benchClickAt = performance.timeOrigin + performance.now();
    }, { capture: true, once: true });
  });
  const result = page.evaluate(
    ({ needle, sel }) =>
      new Promise<number | null>((resolve) => {
        let done = false;
        const norm = (s: string) => s.replace(/\s+/g, ' ');
        const end = (ms: number | null) => {
          if (done) return;
          done = true;
          mo.disconnect();
          resolve(ms);
        };
        const check = () => {
          if (done) return;
          const ed = document.querySelector(sel);
          if (ed && norm(ed.textContent ?? '').includes(needle)) end(performance.timeOrigin + performance.now());
        };
        const mo = new MutationObserver(check);
        mo.observe(document, { childList: true, subtree: true, characterData: true });
        (window as unknown as { __benchInsertArmed: boolean }).__benchInsertArmed = true;
        setTimeout(() => end(null), 10_000);
      }),
    { needle, sel: EDITOR },
  );
  await page.waitForFunction(() => (window as unknown as { __benchInsertArmed?: boolean }).__benchInsertArmed === true);
  await panel.getByRole('button', { name: 'Insert into reply' }).click();
  const doneAt = await result;
  const clickAt = await frame.evaluate(() => (window as unknown as { __benchClickAt: number }).__benchClickAt).catch(() => 0);
  const ms = doneAt !== null && clickAt ? doneAt - clickAt : null;
  await page.evaluate(() => {
    (window as unknown as { __benchInsertArmed?: boolean }).__benchInsertArmed = false;
  });
  // Close the panel; the next open() resets the reply.
  const close = panel.getByRole('button', { name: 'Close' });
  if (await close.count()) await close.first().click().catch(() => {});
  return { id, ms, replyWasOpen };
}
