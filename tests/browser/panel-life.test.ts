// Nothing the user wrote is lost, and nothing fails without a word (issue 13), in real
// Chromium and real Firefox: edits in the panel survive the webmail re-rendering the message
// and the message leaving and coming back (kept by the worker per tab and message, handed
// back with "Your earlier edits…", and forgotten when the tab closes); a worker stopped in
// the middle of an analysis is asked once more, and when that fails too the button says so
// and opens the panel anyway; a worker stopped while the panel is open does not cost the
// Insert; a 10,000-character sender name or subject is cut, not a reason to skip the email.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, launch, openWebmail, replyButtons, type App, type Tab } from './harness';
import { SITES } from './sites';

const panelOf = (tab: Tab) => tab.getByRole('dialog', { name: 'Tactful' });
const held = (app: App) => app.ext(async (api) => ((await api.storage.session.get('tactfulTestHeld')) as { tactfulTestHeld?: number }).tactfulTestHeld ?? 0);
const hold = (app: App, n: number) => app.ext((api, _bg, k) => api.storage.session.set({ tactfulTestHold: k, tactfulTestHeld: 0 }), n);

let app: App;
beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
});
afterAll(async () => {
  await app?.close();
});

/** A new tab with the Greenhouse invitation open and the panel showing its first draft. */
async function openGreenhousePanel(site: (typeof SITES)[number]) {
  const tab = await app.newTab();
  await openWebmail(tab, site.url);
  await fixture(tab, 'open', 'inv-greenhouse');
  await replyButtons(tab).first().click();
  const draft = panelOf(tab).getByLabel('Draft', { exact: true });
  await expect.poll(() => draft.inputValue(), { timeout: 15_000 }).toContain('Priya');
  return { tab, draft };
}

describe.each(SITES)('$name', (site) => {
  test('edits survive a re-render and the message closing; the same message gets them back; a closed tab forgets them', async () => {
    const { tab, draft } = await openGreenhousePanel(site);
    await panelOf(tab).getByRole('button', { name: 'Reschedule', exact: true }).click();
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/another time|reschedul|move/i);
    await draft.fill('My own words for Priya, written in the panel.\n\nSam');
    const mine = await draft.inputValue();

    // The webmail rebuilds the message's DOM: the panel and its text stay.
    await fixture(tab, 'rerender');
    await tab.waitForTimeout(800);
    expect(await draft.inputValue()).toBe(mine);

    // The message closes (another one opens): the panel goes with it…
    await fixture(tab, 'open', 'rejection');
    await panelOf(tab).waitFor({ state: 'detached', timeout: 10_000 });
    // …and when it opens again, so do the user's words, with the reply type they chose.
    await fixture(tab, 'open', 'inv-greenhouse');
    await replyButtons(tab).first().click();
    const panel = panelOf(tab);
    await expect.poll(() => draft.inputValue(), { timeout: 15_000 }).toBe(mine);
    expect(await panel.getByText('Your earlier edits to this reply are back').count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Reschedule', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Tactful's new draft is only offered over them, never swapped in.
    await panel.getByRole('group', { name: /new draft/i }).waitFor({ timeout: 10_000 });
    expect(await draft.inputValue()).toBe(mine);
    await tab.screenshot(`panel-life-${site.name}-restored`);

    // Another message of the same tab does not get them.
    await panel.getByRole('button', { name: 'Close' }).click();
    await fixture(tab, 'open', 'inv-slots');
    await replyButtons(tab).first().click();
    await expect.poll(() => draft.inputValue(), { timeout: 15_000 }).not.toBe('');
    expect(await draft.inputValue()).not.toBe(mine);
    expect(await panelOf(tab).getByText('Your earlier edits').count()).toBe(0);

    const tabId = await app.tabId(tab);
    const kept = () => app.ext(async (api, _bg, id) => Object.keys(await api.storage.session.get(null)).filter((k) => k.startsWith(`panelDraft:${id}:`)).length, tabId);
    expect(await kept()).toBe(1);
    await tab.close();
    await expect.poll(kept).toBe(0);
  });

  test('a worker stopped during the analysis: asked once more, and the button comes as usual', async () => {
    const tab = await app.newTab();
    await hold(app, 1);
    await openWebmail(tab, site.url);
    await fixture(tab, 'open', 'inv-greenhouse');
    await expect.poll(() => held(app), { timeout: 10_000 }).toBe(1);
    await app.stopWorker();
    await replyButtons(tab).first().waitFor({ timeout: 15_000 });
    expect(await replyButtons(tab).first().getAttribute('data-failed')).toBeNull();
    await tab.close();
  });

  test('stopped during the analysis and again during the retry: the button says the analysis failed and opens the panel anyway', async () => {
    const tab = await app.newTab();
    await hold(app, 2);
    await openWebmail(tab, site.url);
    await fixture(tab, 'open', 'inv-greenhouse');
    await expect.poll(() => held(app), { timeout: 10_000 }).toBe(1);
    await app.stopWorker();
    await expect.poll(() => held(app), { timeout: 10_000 }).toBe(2);
    await app.stopWorker();
    const button = replyButtons(tab).first();
    await button.waitFor({ timeout: 15_000 });
    await expect.poll(() => button.getAttribute('data-failed')).toBe('');
    // Its name is still the contract's (the reason is its description and tooltip).
    await expect.poll(async () => (await tab.accessibility()).some((n) => n.role === 'button' && n.name === 'Reply tactfully')).toBe(true);
    await tab.screenshot(`panel-life-${site.name}-failed-button`);
    await button.click();
    const panel = panelOf(tab);
    await panel.getByText('Tactful could not read this email').waitFor({ timeout: 10_000 });
    // The draft is still there to write (with the phrasing for values it could not read).
    await expect.poll(() => panel.getByLabel('Draft', { exact: true }).inputValue(), { timeout: 10_000 }).not.toBe('');
    await tab.screenshot(`panel-life-${site.name}-failed-panel`);
    await tab.close();
  });

  test('a worker stopped while the panel is open: Insert still reaches the reply', async () => {
    const { tab, draft } = await openGreenhousePanel(site);
    const first = (await draft.inputValue()).split('\n').find((l) => l.trim().length > 30)!;
    await app.stopWorker(); // the panel's port to the page goes with it
    await panelOf(tab).getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => tab.locator(site.editor).first().innerText().catch(() => ''), { timeout: 15_000 }).toContain(first.slice(0, 40));
    await tab.close();
  });

  test('a 10,000-character sender name or subject is cut, and the invitation gets its button', async () => {
    const tab = await app.newTab();
    await openWebmail(tab, site.url);
    const ids = await tab.evaluate(() => {
      const inbox = (self as unknown as { FIXTURE_INBOX: Array<Record<string, unknown>> }).FIXTURE_INBOX;
      const base = inbox.find((m) => m.id === 'inv-greenhouse')!;
      inbox.push({ ...base, id: 'long-name', fromName: `Acme Robotics ${'Talent Team '.repeat(833)}`.slice(0, 10_000) });
      inbox.push({ ...base, id: 'long-subject', subject: `${String(base.subject)} ${'and more '.repeat(1200)}`.slice(0, 10_000) });
      return ['long-name', 'long-subject'];
    });
    for (const id of ids) {
      await fixture(tab, 'open', id);
      await replyButtons(tab).first().waitFor({ timeout: 15_000 });
      expect(await replyButtons(tab).first().getAttribute('data-failed'), id).toBeNull();
      const tabId = await app.tabId(tab);
      const reply = await app.ext((api, _bg, t) => api.tabs.sendMessage(t, { type: 'tab/get-message' }), tabId);
      expect(reply.ok, id).toBe(true);
      expect(reply.value.analysis.invitation, id).toBe(true);
      expect(reply.value.email.fromName.length, id).toBeLessThanOrEqual(500);
      expect(reply.value.email.subject.length, id).toBeLessThanOrEqual(2_000);
    }
    await tab.close();
  });
});
