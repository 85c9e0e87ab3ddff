// Issue 18, in real Chromium and real Firefox with the built extension: the panel is made
// hidden as the pointer or the keyboard reaches "Reply tactfully" (not on idle: one more long
// task on a huge page, tests/browser/bounded.test.ts), drafts there, and the click only shows it. While hidden it is inert, out of sight
// and of the keyboard, inserts nothing and keeps nothing; a message switch drops it; opened
// from the keyboard, the focus is inside the shown panel as before.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, launch, openWebmail, replyButtons, type App, type Tab } from './harness';
import { SITES } from './sites';

let app: App;
beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
});
afterAll(async () => {
  await app?.close();
});

/** Our panel hosts as the page has them (the host is in the page; its frame in a closed root). */
const hosts = (tab: Tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-tactful-panel]')].map((h) => ({
      key: h.getAttribute('data-tactful-panel'),
      shown: h.checkVisibility({ visibilityProperty: true }),
      inert: h.inert,
      ariaHidden: h.getAttribute('aria-hidden'),
      pointer: getComputedStyle(h).pointerEvents,
      position: getComputedStyle(h).position,
      focused: !!document.activeElement?.closest('[data-tactful-panel]'),
    })),
  );

/** The draft in the hidden frame ('' until there is one, or no hidden frame). */
async function hiddenDraft(tab: Tab): Promise<string> {
  const [frame] = await tab.hiddenFrames();
  return frame ? ((await frame.evaluate<string>("document.querySelector('textarea.tf-draft')?.value ?? ''")) ?? '') : '';
}

async function ready(tab: Tab, url: string, id: string): Promise<void> {
  await openWebmail(tab, url);
  await fixture(tab, 'open', id);
  await replyButtons(tab).first().waitFor({ timeout: 15_000 });
  await replyButtons(tab).first().focus(); // the keyboard on the button (focusin prepares, as pointerenter does)
  await expect.poll(() => hiddenDraft(tab), { timeout: 15_000 }).toMatch(/\S{3,}/);
}

const panelOf = (tab: Tab) => tab.getByRole('dialog', { name: 'Tactful' });

describe.each(SITES)('$name', (site) => {
  test('made hidden ahead of the click: inert, invisible, not in the pointer’s or the keyboard’s way, and it drafts', async () => {
    const tab = await app.newTab();
    await ready(tab, site.url, 'inv-greenhouse');
    const key = await replyButtons(tab).first().getAttribute('data-tactful-button');
    expect(await hosts(tab)).toEqual([{ key, shown: false, inert: true, ariaHidden: 'true', pointer: 'none', position: 'fixed', focused: false }]);
    expect(await hiddenDraft(tab)).toContain('Priya');
    // Not "the panel": no dialog for the user, or for assistive technology.
    expect(await panelOf(tab).count()).toBe(0);
    expect((await tab.accessibility()).some((n) => n.role === 'dialog' && n.name === 'Tactful')).toBe(false);
    // Its page has no focus, and autofocus did not move it there.
    const [frame] = await tab.hiddenFrames();
    expect(await frame!.evaluate<boolean>('document.hasFocus()')).toBe(false);
    await tab.close();
  });

  test('while hidden it inserts nothing and keeps nothing, even when its Insert is pressed by a script in it', async () => {
    const tab = await app.newTab();
    await ready(tab, site.url, 'inv-greenhouse');
    const [frame] = await tab.hiddenFrames();
    await frame!.evaluate(`(() => {
      const box = document.querySelector('textarea.tf-draft');
      box.value = 'EDITED-WHILE-HIDDEN ' + box.value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const insert = [...document.querySelectorAll('button')].find((b) => /Insert into reply/.test(b.textContent));
      insert.click();
    })()`);
    await tab.waitForTimeout(1500);
    expect(await tab.locator(site.editor).count()).toBe(0); // no reply opened, nothing inserted
    expect(await tab.evaluate(() => document.body.innerText)).not.toContain('EDITED-WHILE-HIDDEN');
    expect(await frame!.evaluate<string>('document.body.innerText')).toContain('nothing is inserted from a panel you have not seen');
    // The worker kept no draft for this message (a shown panel's edits are kept: panel-life.test.ts).
    const kept = await app.ext(async (api) => Object.keys(await api.storage.session.get(null)).filter((k) => k.startsWith('panelDraft:')));
    expect(kept).toEqual([]);
    await tab.close();
  });

  test('the click shows the frame made ahead, its draft already there; Insert then works', async () => {
    const tab = await app.newTab();
    await ready(tab, site.url, 'inv-greenhouse');
    const [frame] = await tab.hiddenFrames();
    await frame!.evaluate('window.__madeAhead = true');
    const draft = await hiddenDraft(tab);
    await replyButtons(tab).first().click();
    const panel = panelOf(tab);
    await panel.getByLabel('Draft', { exact: true }).waitFor({ timeout: 5000 });
    expect(await panel.evaluate(() => (window as unknown as { __madeAhead?: boolean }).__madeAhead === true)).toBe(true);
    expect(await panel.getByLabel('Draft', { exact: true }).inputValue()).toBe(draft);
    const [host] = await hosts(tab);
    expect(host).toMatchObject({ shown: true, inert: false, ariaHidden: null, pointer: 'auto' });
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => tab.locator(site.editor).first().innerText().catch(() => ''), { timeout: 10_000 }).toContain('Priya');
    await tab.close();
  });

  test('a message switch drops the frame made for the other message; the click shows this one’s', async () => {
    const tab = await app.newTab();
    await ready(tab, site.url, 'inv-greenhouse');
    const first = (await hosts(tab))[0]!.key;
    await fixture(tab, 'open', 'inv-slots');
    await expect.poll(async () => (await hosts(tab)).map((h) => h.key).includes(first), { timeout: 10_000 }).toBe(false);
    const key = await replyButtons(tab).first().getAttribute('data-tactful-button');
    await replyButtons(tab).first().click();
    const panel = panelOf(tab);
    await expect.poll(() => panel.getByLabel('Draft', { exact: true }).inputValue().catch(() => ''), { timeout: 15_000 }).toMatch(/\S/);
    expect(await panel.getByText('Backend Engineer interview at Northwind Logistics').count()).toBeGreaterThan(0);
    expect((await hosts(tab)).map((h) => [h.key, h.shown])).toEqual([[key, true]]);
    await tab.close();
  });

  test('opened from the keyboard (Enter on the focused button): the shown panel has the focus, on the reply type', async () => {
    const tab = await app.newTab();
    await openWebmail(tab, site.url);
    await fixture(tab, 'open', 'inv-greenhouse');
    await replyButtons(tab).first().waitFor({ timeout: 15_000 });
    await replyButtons(tab).first().focus();
    await expect.poll(() => hiddenDraft(tab), { timeout: 15_000 }).toMatch(/\S{3,}/);
    const [frame] = await tab.hiddenFrames();
    await frame!.evaluate('window.__madeAhead = true');
    await tab.keyboard.press('Enter');
    const panel = panelOf(tab);
    await panel.getByLabel('Draft', { exact: true }).waitFor({ timeout: 5000 });
    expect(await panel.evaluate(() => (window as unknown as { __madeAhead?: boolean }).__madeAhead === true)).toBe(true);
    await expect
      .poll(() => panel.evaluate(() => (document.hasFocus() ? (document.activeElement?.getAttribute('data-intent') ?? document.activeElement?.tagName ?? '') : 'no focus')), { timeout: 5000 })
      .toBe('decline');
    expect((await hosts(tab))[0]).toMatchObject({ shown: true, focused: true });
    // The keyboard goes on in the panel: → picks Reschedule.
    await tab.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getByRole('button', { name: 'Reschedule' }).getAttribute('aria-pressed')).toBe('true');
    await tab.close();
  });
});
