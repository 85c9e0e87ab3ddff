// 3. Latency, measured in the page (performance.now) so no CDP round trip is counted:
// - time to button: fixture.open(id) called → our "Reply tactfully" host is in the DOM with
//   its button inside its shadow root (a MutationObserver that looks into the host);
// - time to insert: the click on "Insert into reply" in our panel → the draft's text is in
//   Gmail's reply editor (.M9 [g_editable="true"]).
import type { Page } from 'playwright-core';
import { sleep } from './stats';

export interface ButtonTiming {
  id: string;
  /** ms from fixture.open() to the button, or null when none came within the timeout. */
  ms: number | null;
  /** ms the fixture itself took to render the conversation (page work, not ours). */
  renderMs: number;
}

/** Opens `id` and waits in the page for a [data-tactful-button] host whose shadow root holds a button. */
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
        const hasButton = (host: Element): boolean => !!host.shadowRoot?.querySelector('button');
        const watchHost = (host: Element): void => {
          if (!host.isConnected) return;
          if (hasButton(host)) return finish(performance.now() - t0);
          if (host.shadowRoot) {
            // The host is in; its button is not yet: pierce the shadow root and wait for it.
            const inner = new MutationObserver(() => {
              if (hasButton(host)) finish(performance.now() - t0);
            });
            inner.observe(host.shadowRoot, { childList: true, subtree: true });
            observers.push(inner);
          }
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
  await page.getByRole('button', { name: 'Reply tactfully' }).first().click();
  const panel = page.getByRole('dialog', { name: 'Tactful' });
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
  const result = page.evaluate(
    ({ needle, sel }) =>
      new Promise<number | null>((resolve) => {
        let t0 = 0;
        let done = false;
        const norm = (s: string) => s.replace(/\s+/g, ' ');
        const end = (ms: number | null) => {
          if (done) return;
          done = true;
          mo.disconnect();
          window.removeEventListener('click', onClick, true);
          resolve(ms);
        };
        const check = () => {
          if (done || !t0) return;
          const ed = document.querySelector(sel);
          if (ed && norm(ed.textContent ?? '').includes(needle)) end(performance.now() - t0);
        };
        const mo = new MutationObserver(check);
        mo.observe(document, { childList: true, subtree: true, characterData: true });
        // Capture on the window: runs before anything in our panel's shadow root.
        const onClick = (e: Event) => {
          const path = e.composedPath();
          if (path.some((n) => n instanceof HTMLElement && n.tagName === 'BUTTON' && /Insert into reply/.test(n.textContent ?? ''))) t0 = performance.now();
        };
        window.addEventListener('click', onClick, true);
        (window as unknown as { __benchInsertArmed: boolean }).__benchInsertArmed = true;
        setTimeout(() => end(null), 10_000);
      }),
    { needle, sel: EDITOR },
  );
  await page.waitForFunction(() => (window as unknown as { __benchInsertArmed?: boolean }).__benchInsertArmed === true);
  await panel.getByRole('button', { name: 'Insert into reply' }).click();
  const ms = await result;
  await page.evaluate(() => {
    (window as unknown as { __benchInsertArmed?: boolean }).__benchInsertArmed = false;
  });
  // Close the panel; the next open() resets the reply.
  const close = panel.getByRole('button', { name: 'Close' });
  if (await close.count()) await close.first().click().catch(() => {});
  return { id, ms, replyWasOpen };
}
