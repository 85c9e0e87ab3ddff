// The options page with settings near the sync quota, in real Chromium with the built
// extension (issue 13, "Nothing the user wrote is lost"): the browser's own storage.sync
// accepts an item of exactly 8,192 bytes by Tactful's count and refuses one byte more (so
// the count the mirror is cut by is Chrome's); today's 8 KB settings item moves to
// storage.local with nothing lost; an 8.2 KB import says "Imported and saved"; a 100 KB
// import says truthfully which templates do not sync; a reload shows all of it; every sync
// item fits. Screenshots at 1366×768.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, screenshot, type Launched } from './harness';
import { exportSettings, itemBytes, type Settings } from '../../src/shared/settings';
import { allTexts, settingsOfBytes } from '../unit/shared/settings/sizes';
import { CHROME_ERRORS, chromeItemBytes } from '../unit/shared/settings/fake-area';

let app: Launched;
const optionsUrl = () => `chrome-extension://${app.extId}/src/options/index.html`;
const KB = 1024;

beforeAll(async () => {
  app = await launchWithExtension({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await app?.close();
});

type Area = 'local' | 'sync';
const storage = {
  clear: () => app.worker.evaluate(async () => { await chrome.storage.local.clear(); await chrome.storage.sync.clear(); }),
  set: (area: Area, items: Record<string, unknown>) =>
    app.worker.evaluate(async ([a, i]) => chrome.storage[a as 'local' | 'sync'].set(i as Record<string, unknown>), [area, items] as const),
  all: (area: Area) => app.worker.evaluate(async (a) => chrome.storage[a as 'local' | 'sync'].get(null), area),
  /** Chrome's own count for each item of storage.sync, and in all. */
  syncBytes: () => app.worker.evaluate(async () => {
    const all = await chrome.storage.sync.get(null);
    const each: Record<string, number> = {};
    for (const k of Object.keys(all)) each[k] = await chrome.storage.sync.getBytesInUse(k);
    return { each, total: await chrome.storage.sync.getBytesInUse(null), items: Object.keys(all).length };
  }),
};

async function status(page: Page): Promise<string> {
  return (await page.getByRole('status').first().textContent()) ?? '';
}

async function openOptions(): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(optionsUrl());
  await page.getByLabel('Your name (signs your replies)').waitFor();
  return page;
}

function expectSyncWithinLimits(b: { each: Record<string, number>; total: number; items: number }) {
  for (const [k, n] of Object.entries(b.each)) expect(n, k).toBeLessThanOrEqual(8_192);
  expect(b.total).toBeLessThanOrEqual(102_400);
  expect(b.items).toBeLessThanOrEqual(512);
}

/** The settings in force, as the service worker reads them (what a reply would use). */
async function inForce(): Promise<Settings> {
  const all = await storage.all('local');
  return (all.settings as { settings: Settings }).settings;
}

describe('Chrome’s sync quota, counted the way Tactful counts it', () => {
  test('an item of exactly 8,192 bytes (with `<`, curly quotes, accents, newlines) is accepted; one byte more is refused', async () => {
    await storage.clear();
    const base = '<“Café” — l’été>\n\t"q" \u2028 中文 😀 ';
    let text = base.repeat(150);
    while (itemBytes('probe', text) > 8_192) text = text.slice(0, -1);
    text += 'x'.repeat(8_192 - itemBytes('probe', text));
    expect(itemBytes('probe', text)).toBe(8_192);
    const outcome = await app.worker.evaluate(async (t) => {
      const results: string[] = [];
      for (const value of [t, `${t}x`]) {
        try {
          await chrome.storage.sync.set({ probe: value });
          results.push(`ok ${await chrome.storage.sync.getBytesInUse('probe')}`);
        } catch (e) {
          results.push((e as Error).message);
        }
      }
      await chrome.storage.sync.remove('probe');
      return results;
    }, text);
    // The unit tests' fake storage refuses with the same words (fake-area.ts).
    expect(outcome).toEqual(['ok 8192', CHROME_ERRORS.perItem]);
    expect(chromeItemBytes('probe', text)).toBe(8_192);
  });

  test('102,400 bytes in all are accepted and one more is refused; so is a 513th item (the fake’s words are Chrome’s)', async () => {
    await storage.clear();
    const items: Record<string, string> = {};
    for (let i = 0; i < 12; i++) items[`p${i}`] = 'x'.repeat(8_192 - `p${i}`.length - 2);
    const used = Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
    items.rest = 'y'.repeat(102_400 - used - 'rest'.length - 2);
    const outcome = await app.worker.evaluate(async (all) => {
      const r: string[] = [];
      const attempt = async (f: () => Promise<void>) => {
        try { await f(); r.push(`ok ${await chrome.storage.sync.getBytesInUse(null)}`); } catch (e) { r.push((e as Error).message); }
      };
      await attempt(() => chrome.storage.sync.set(all));
      await attempt(() => chrome.storage.sync.set({ one: '' }));
      await chrome.storage.sync.clear();
      const many: Record<string, number> = {};
      for (let i = 0; i < 512; i++) many[`k${i}`] = i;
      await attempt(() => chrome.storage.sync.set(many));
      await attempt(() => chrome.storage.sync.set({ more: 1 }));
      await chrome.storage.sync.clear();
      return r;
    }, items);
    expect(outcome[0]).toBe('ok 102400');
    expect(outcome[1]).toBe(CHROME_ERRORS.total);
    expect(outcome[2]).toMatch(/^ok /);
    expect(outcome[3]).toBe(CHROME_ERRORS.items);
  });
});

describe('options page near the quota', () => {
  test('today’s 8 KB settings item: shown as it was, moved to this browser’s storage with a copy kept, an edit says “Saved”', async () => {
    await storage.clear();
    const mine = settingsOfBytes(8 * KB);
    await storage.set('sync', { settings: mine });
    expect((await storage.syncBytes()).each.settings).toBe(8 * KB); // Chrome agrees on the size
    const page = await openOptions();
    expect(await page.getByLabel('Your name (signs your replies)').inputValue()).toBe(mine.candidateName);
    await page.getByLabel('Your name (signs your replies)').fill('Zoë B.');
    await expect.poll(() => status(page)).toBe('Saved');
    expect(allTexts(await inForce())).toEqual(allTexts({ ...mine, candidateName: 'Zoë B.' }));
    const sync = await storage.all('sync');
    expect(sync.settings).toBeUndefined(); // the old item is gone…
    const local = await storage.all('local');
    const copies = local.settingsBackups as { data: string; why: string }[];
    expect(copies.map((c) => JSON.parse(c.data))).toContainEqual(mine); // …and kept as a copy
    expectSyncWithinLimits(await storage.syncBytes());
    await expect.poll(() => page.getByText('Moved from where earlier versions of Tactful kept settings.', { exact: false }).count()).toBeGreaterThan(0);
    await page.close();
  });

  test('an 8.2 KB import: “Imported and saved”, nothing says too large; a 100 KB import names what does not sync; a reload shows it all', async () => {
    await storage.clear();
    const page = await openOptions();
    const file = page.getByLabel('Import settings from a file');
    const mid = settingsOfBytes(Math.round(8.2 * KB));
    await file.setInputFiles({ name: 'mid.json', mimeType: 'application/json', buffer: Buffer.from(exportSettings(mid)) });
    await expect.poll(() => status(page)).toBe('Imported and saved');
    expect(await page.locator('main').textContent()).toContain('Imported settings from mid.json.');
    expect(await page.locator('main').textContent()).not.toMatch(/too large|is full/);
    expect(await inForce()).toEqual(mid);
    expectSyncWithinLimits(await storage.syncBytes());

    const huge = settingsOfBytes(100 * KB, { candidateName: 'Huge Set' });
    await file.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(exportSettings(huge)) });
    await expect.poll(() => status(page)).toMatch(/^Saved in this browser\. Too large to sync to your other browsers, so kept here only: your templates for .+\.$/);
    expect(await page.locator('main').textContent()).toMatch(/Imported settings from huge\.json\. Saved in this browser\. Too large to sync .+\. A copy of your previous settings is kept under “Copies Tactful kept”\./);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'options-near-quota-top');
    await page.getByRole('heading', { name: 'Copies Tactful kept' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'options-near-quota');
    const bytes = await storage.syncBytes();
    expectSyncWithinLimits(bytes);
    expect(bytes.total).toBeGreaterThan(80 * KB); // what fits did go to sync
    await page.reload();
    await expect.poll(() => page.getByLabel('Your name (signs your replies)').inputValue()).toBe('Huge Set');
    expect(await inForce()).toEqual(huge);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'options-1366x768');
    expect(app.networkRequests()).toEqual([]);
    await page.close();
  });

  test('a 7.7 KB settings item from a newer version: the banner offers its copy, an edit of the name leaves it where it was', async () => {
    await storage.clear();
    const newer = { version: 3, candidateName: 'Ada', templates: { 'decline/warm': Array.from({ length: 10 }, (_, i) => `${i} ${'Dear {contact_name}, “thank you”.\n'.repeat(20)}`) } };
    await storage.set('sync', { settings: newer });
    expect((await storage.syncBytes()).each.settings).toBeGreaterThan(7.6 * KB);
    const page = await openOptions();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('different version of Tactful (3)');
    await screenshot(page, 'options-newer-version');
    await page.getByLabel('Your name (signs your replies)').fill('Ada Lovelace');
    await expect.poll(() => status(page)).toBe('Saved');
    expect((await storage.all('sync')).settings).toEqual(newer);
    const copies = (await storage.all('local')).settingsBackups as { data: string }[];
    expect(copies.map((c) => JSON.parse(c.data))).toContainEqual(newer);
    await page.close();
  });
});
