// After an extension update (here: a reload of the extension, the same event for an open tab), the
// content script already in a webmail tab must not leave a button that does nothing or show
// raw message keys (issue 13). Chromium keeps the old script running, cut off from the
// extension: it removes its button and panel and says, in plain words, to reload the tab;
// the notice's "Reload tab" brings Tactful back. Firefox stops the old script and injects
// the new one into the open tab: the new one removes what the old one left, and works.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixture, launch, openWebmail, replyButtons, type App, type Tab } from './harness';

const WORDS = 'Tactful was updated while this tab was open. Reload the tab to use Tactful here again.';
const ours = (tab: Tab) =>
  tab.evaluate(() => ({
    buttons: document.querySelectorAll('[data-tactful-button]').length,
    // Shown panels: the one made hidden ahead of a click is not one the user has.
    panels: [...document.querySelectorAll('[data-tactful-panel]')].filter((h) => h.checkVisibility({ visibilityProperty: true })).length,
    notices: document.querySelectorAll('[data-tactful-notice]').length,
  }));

let app: App;
let tab: Tab;
beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
  tab = await app.newTab();
  await openWebmail(tab, 'https://mail.google.com/mail/u/0/#inbox');
  await fixture(tab, 'open', 'inv-greenhouse');
  await replyButtons(tab).first().click();
  await tab.getByRole('dialog', { name: 'Tactful' }).getByLabel('Draft', { exact: true }).waitFor({ timeout: 15_000 });
  await app.reloadExtension(); // the update
});
afterAll(async () => {
  await app?.close();
});

test('the old copy’s button and panel go; the tab is never left with a Tactful that does nothing', async () => {
  if (app.browser === 'chromium') {
    // The orphan: its UI goes and a notice says why, in words read while it still could.
    await expect.poll(() => ours(tab), { timeout: 10_000 }).toEqual({ buttons: 0, panels: 0, notices: 1 });
    const text = (await tab.accessibility()).map((n) => n.name).join('\n');
    expect(text.replace(/\s+/g, ' ')).toContain(WORDS);
    expect(text).not.toMatch(/\b(orphanReload|orphanReloadButton|panelClose|composer[A-Z]\w+|button[A-Z]\w+)\b/); // no raw keys
    await tab.screenshot('orphan-notice');
    // A new invitation opened meanwhile gets no dead button either.
    await fixture(tab, 'open', 'inv-slots');
    await tab.waitForTimeout(800);
    expect(await ours(tab)).toEqual({ buttons: 0, panels: 0, notices: 1 });
  } else {
    // Firefox: the new copy runs in the tab; the old panel is gone and there is one button.
    await expect.poll(() => ours(tab), { timeout: 10_000 }).toEqual({ buttons: 1, panels: 0, notices: 0 });
  }
});

test('and Tactful works again: the notice’s “Reload tab” (Chromium), or the new copy’s button (Firefox)', async () => {
  if (app.browser === 'chromium') {
    // "Reload tab" sits in the notice's closed shadow root: click it where the browser draws it.
    const page = app.chromium!.context.pages().find((p) => p.url().includes('mail.google.com'))!;
    const cdp = await app.chromium!.context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const reload = nodes.find((n) => n.role?.value === 'button' && n.name?.value === 'Reload tab');
    expect(reload?.backendDOMNodeId).toBeDefined();
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: reload!.backendDOMNodeId! });
    const [x1, y1, , , x3, y3] = model.content;
    await cdp.detach();
    await tab.evaluate(() => ((window as unknown as { __beforeReload: boolean }).__beforeReload = true));
    await tab.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
    // A new document (the old one's marker is gone), with Tactful's new copy in it.
    await expect.poll(() => tab.evaluate(() => (window as unknown as { __beforeReload?: boolean }).__beforeReload ?? false).catch(() => true), { timeout: 15_000 }).toBe(false);
    await tab.locator('#fixture-app-ready').waitFor({ state: 'attached', timeout: 15_000 });
    await fixture(tab, 'open', 'inv-greenhouse');
  }
  await replyButtons(tab).first().click();
  const draft = tab.getByRole('dialog', { name: 'Tactful' }).getByLabel('Draft', { exact: true });
  await expect.poll(() => draft.inputValue(), { timeout: 15_000 }).toContain('Priya');
  expect(await ours(tab)).toEqual({ buttons: 1, panels: 1, notices: 0 });
});
