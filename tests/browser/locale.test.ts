// The UI in German (issue 17): Chromium started with a German UI language (Debian's
// chromium-l10n brings the locale packs) shows the panel, the popup and the options page in
// German, and the panel's first draft to a formal German invitation answers with Sie.
// The shared harness launches the browser; its language comes from the environment
// (LANGUAGE / LC_ALL), which Chromium on Linux reads for its UI locale — the harness takes no
// extra flags, so `--lang=de` is not passed; the first test proves the UI language is German.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, screenshot, type Launched } from './harness';
import { chromiumTab } from './drivers/chromium';
import { routeWebmail } from '../fixtures/webmail/serve.mjs';

let app: Launched;
const saved = { LANGUAGE: process.env.LANGUAGE, LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };

beforeAll(async () => {
  Object.assign(process.env, { LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
  try {
    app = await launchWithExtension();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  await routeWebmail(app.context, { inbox: 'demo' });
});
afterAll(async () => {
  const requests = app?.networkRequests() ?? [];
  await app?.close();
  expect(requests).toEqual([]);
});

// English words that must not be left on a German screen.
const ENGLISH = /\b(invites you|asks for your|mentions an interview|Insert into reply|Another wording|Draft|Reason|Tone|Decline|Reschedule|Withdraw|Options|Your name|Signature|Paste the invitation|Copy)\b/;

async function visibleText(page: Page, root = 'body'): Promise<string> {
  return page.locator(root).first().evaluate((el) => (el as HTMLElement).innerText);
}

describe('German UI', () => {
  test('Chromium runs with German as its UI language', async () => {
    const [ui, name] = await app.worker.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('extName')]);
    expect(ui).toMatch(/^de/);
    expect(name).toBe('Tactful – höfliche Antworten auf Einladungen zum Vorstellungsgespräch');
  });

  test('the panel speaks German, and drafts a formal German reply to a formal invitation', async () => {
    const page = await app.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('#fixture-app-ready').waitFor({ state: 'attached' });
    await page.evaluate(() => (window as unknown as { fixture: { open(id: string): void } }).fixture.open('inv-de'));
    // Our Tab API (tests/browser/drivers/tab.ts) on this raw page: it finds the panel in its frame.
    const tab = chromiumTab(app.context, page);
    const button = tab.locator('[data-tactful-button]');
    await button.first().waitFor({ timeout: 10_000 });
    // The button's name as assistive technology reads it (its shadow root is closed).
    await expect.poll(async () => (await tab.accessibility()).some((n) => n.role === 'button' && n.name === 'Taktvoll antworten')).toBe(true);
    await button.first().click();
    const panel = tab.getByRole('dialog', { name: 'Tactful' });
    await panel.waitFor();
    await expect(panel.getByRole('button', { name: 'In die Antwort einfügen', exact: true }).count()).resolves.toBe(1);
    await expect(panel.getByRole('group', { name: 'Antwort', exact: true }).count()).resolves.toBe(1);
    await expect(panel.getByRole('button', { name: 'Absagen', exact: true }).count()).resolves.toBe(1);
    const draft = panel.getByLabel('Entwurf');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toContain('Julia Schneider');
    const text = await draft.inputValue();
    // Sie to a writer who wrote Sie; the greeting never by first name alone; the tone formal.
    expect(text.split('\n')[0]).toBe('Guten Tag Julia Schneider,');
    expect(text).toMatch(/\b(Sie|Ihnen|Ihre[nmr]?)\b/);
    expect(text).not.toMatch(/\b(du|dir|dich|dein\w*)\b/i);
    expect(await panel.getByLabel('Ton').inputValue()).toBe('formal');
    const shown = await panel.evaluate((el) => (el as HTMLElement).innerText);
    expect(shown).toContain('Sieht nach einer Einladung zum Vorstellungsgespräch aus');
    expect(shown).toContain('Namen und Termine');
    expect(shown.replace(text, '')).not.toMatch(ENGLISH);
    await screenshot(page, 'locale-de-panel');
    await page.close();
  });

  test('the popup speaks German', async () => {
    const popup = await app.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${app.extId}/src/popup/index.html`);
    await popup.getByLabel('Einladung einfügen').waitFor({ timeout: 10_000 });
    await expect(popup.getByRole('button', { name: 'Einstellungen' }).or(popup.getByRole('link', { name: 'Einstellungen' })).count()).resolves.toBeGreaterThan(0);
    expect(await visibleText(popup)).not.toMatch(ENGLISH);
    await screenshot(popup, 'locale-de-popup');
    await popup.close();
  });

  test('the options page speaks German', async () => {
    const page = await app.context.newPage();
    await page.goto(`chrome-extension://${app.extId}/src/options/index.html`);
    await page.getByLabel('Ihr Name (unterschreibt Ihre Antworten)').waitFor({ timeout: 10_000 });
    expect(await page.title()).toBe('Tactful-Einstellungen');
    const text = await visibleText(page);
    expect(text).toContain('Voreinstellungen');
    expect(text).toContain('Ihre eigenen Vorlagen');
    expect(text).not.toMatch(ENGLISH);
    await screenshot(page, 'locale-de-options');
    await page.close();
  });
});
