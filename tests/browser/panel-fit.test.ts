// Issue 16, in real Chromium and real Firefox with the built extension: the panel a job seeker
// wants on a laptop. At 1366×768 and 1280×720, in the fixture Gmail and Outlook: the draft shows
// at least 8 lines and Insert/Copy are on screen with neither the page nor the panel scrolled,
// for every reply type, and Insert does not move between them; no select or field cuts its text;
// from the focused "Reply tactfully" button, five key presses put the draft into the reply.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, launch, openWebmail, type App, type Tab } from './harness';
import { SITES } from './sites';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
const INTENTS = ['Decline', 'Reschedule', 'Withdraw', 'Accept', 'Call notes', 'Follow-up'];

const panelOf = (page: Tab) => page.getByRole('dialog', { name: 'Tactful' });

/** The button's host when it is in a closed root (the framed panel), else the button itself. */
async function replyButton(page: Tab) {
  const hosts = page.locator('[data-tactful-button]');
  const open = page.getByRole('button', { name: 'Reply tactfully' });
  for (let i = 0; i < 100; i++) {
    // An open root shows the button itself; a closed one only its host (which delegates focus).
    if (await open.count()) return open.first();
    if (await hosts.count()) return hosts.first();
    await page.waitForTimeout(100);
  }
  throw new Error('no “Reply tactfully” button');
}

async function openPanel(page: Tab, id: string) {
  await fixture(page, 'open', id);
  await (await replyButton(page)).click();
  await expect.poll(() => panelOf(page).getByLabel('Draft').inputValue(), { timeout: 15_000 }).toMatch(/\S/);
}

async function closePanel(page: Tab) {
  if (await panelOf(page).count()) await panelOf(page).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => panelOf(page).count(), { timeout: 5000 }).toBe(0);
}

interface Fit {
  lines: number;
  bodyScroll: number;
  panelCut: string[];
}

/** Inside the panel's own document: the draft's visible lines, the panel's scroll, and every select or field whose text does not fit. */
function measure(panel: ReturnType<typeof panelOf>): Promise<Fit> {
  return panel.evaluate((root) => {
    const draft = root.querySelector('textarea.tf-draft') as HTMLTextAreaElement;
    const cs = getComputedStyle(draft);
    const line = parseFloat(cs.lineHeight);
    const inner = draft.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    const body = root.querySelector('.tf-body') as HTMLElement | null;
    const canvas = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    for (const el of root.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input[type="text"]')) {
      if (el.offsetParent === null) continue; // inside a closed fold-out
      if (el instanceof HTMLSelectElement) {
        const s = getComputedStyle(el);
        canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
        const text = el.selectedOptions[0]?.textContent ?? '';
        // The text, the padding and the drop-down arrow (about 20 px in both engines) must fit.
        const need = canvas.measureText(text).width + parseFloat(s.paddingLeft) + parseFloat(s.paddingRight) + 20;
        if (need > el.clientWidth + 0.5) cut.push(`select “${text}” needs ${Math.ceil(need)} px, has ${el.clientWidth}`);
      } else if (el.scrollWidth > el.clientWidth + 1) {
        cut.push(`field “${el.value}” is ${el.scrollWidth} px wide in ${el.clientWidth}`);
      }
    }
    return { lines: Math.floor((inner + 1) / line), bodyScroll: body?.scrollTop ?? 0, panelCut: cut };
  });
}

let app: App;
afterAll(async () => {
  const requests = (await app?.networkRequests()) ?? [];
  await app?.close();
  expect(requests).toEqual([]);
});

for (const size of SIZES) {
  describe(`${size.width}×${size.height}`, () => {
    beforeAll(async () => {
      await app?.close();
      app = await launch({ inbox: 'demo', viewport: size });
    });

    describe.each(SITES)('$name', (site) => {
      let page: Tab;
      beforeAll(async () => {
        page = await app.newTab();
        await openWebmail(page, site.url);
      });
      afterAll(async () => {
        await page?.close();
      });

      test('every reply type: the draft shows ≥ 8 lines, Insert and Copy are on screen, nothing scrolled, Insert stays put, no select or field cuts its text', async () => {
        await openPanel(page, 'inv-slots');
        const panel = panelOf(page);
        const seen: Record<string, number> = {};
        for (const intent of INTENTS) {
          await panel.getByRole('button', { name: intent }).click();
          await expect.poll(() => panel.getByRole('button', { name: intent }).getAttribute('aria-pressed')).toBe('true');
          await page.waitForTimeout(300);
          const fit = await measure(panel);
          expect(fit.lines, `${intent}: draft lines`).toBeGreaterThanOrEqual(8);
          expect(fit.bodyScroll, `${intent}: the panel is not scrolled`).toBe(0);
          expect(fit.panelCut, `${intent}: nothing cut`).toEqual([]);
          expect(await page.evaluate(() => [scrollX, scrollY]), `${intent}: the page is not scrolled`).toEqual([0, 0]);
          for (const name of ['Insert into reply', 'Copy']) {
            const box = await panel.getByRole('button', { name }).boundingBox();
            expect(box, `${intent}: ${name}`).not.toBeNull();
            expect(box!.y, `${intent}: ${name} top`).toBeGreaterThanOrEqual(0);
            expect(box!.y + box!.height, `${intent}: ${name} bottom within ${size.height}`).toBeLessThanOrEqual(size.height);
            expect(box!.x + box!.width, `${intent}: ${name} right`).toBeLessThanOrEqual(size.width);
          }
          const draft = await panel.getByLabel('Draft').boundingBox();
          expect(draft!.y + draft!.height, `${intent}: the draft is on screen`).toBeLessThanOrEqual(size.height);
          seen[intent] = (await panel.getByRole('button', { name: 'Insert into reply' }).boundingBox())!.y;
          if (intent === 'Decline' || intent === 'Accept') await page.screenshot(`panel-fit-${site.name}-${size.width}x${size.height}-${intent.toLowerCase()}`);
        }
        // No layout jump: Insert is where it was for every reply type.
        const ys = Object.values(seen);
        expect(Math.max(...ys) - Math.min(...ys), JSON.stringify(seen)).toBeLessThanOrEqual(1);
        await closePanel(page);
      });
    });
  });
}

describe('five key presses', () => {
  beforeAll(async () => {
    await app?.close();
    app = await launch({ inbox: 'demo', viewport: { width: 1366, height: 768 } });
  });

  describe.each(SITES)('$name', (site) => {
    test('from the focused button: Enter, → (Reschedule), Tab, Tab, Enter puts the draft into the reply; Escape then closes and returns focus', async () => {
      const page = await app.newTab();
      await openWebmail(page, site.url);
      await fixture(page, 'open', 'inv-greenhouse');
      // The starting point: the button has focus (it may be re-rendered once as the message is read: focus it again then).
      await expect.poll(async () => {
        const button = await replyButton(page);
        await button.focus();
        await page.waitForTimeout(200);
        return page.evaluate(() => document.activeElement?.tagName ?? 'BODY');
      }, { timeout: 10_000 }).not.toBe('BODY');
      const keys = ['Enter', 'ArrowRight', 'Tab', 'Tab', 'Enter'];
      const panel = panelOf(page);
      await page.keyboard.press(keys[0]!);
      await expect.poll(() => panel.getByLabel('Draft').inputValue(), { timeout: 15_000 }).toMatch(/\S/);
      for (const key of keys.slice(1, -1)) {
        await page.keyboard.press(key);
        await page.waitForTimeout(250);
      }
      // What the panel shows just before the last key (after Insert it folds to a bar, the draft hidden).
      expect(await panel.getByRole('button', { name: 'Reschedule' }).getAttribute('aria-pressed')).toBe('true');
      await page.waitForTimeout(500); // the Reschedule draft is written
      const shown = await panel.getByLabel('Draft').inputValue();
      await page.keyboard.press(keys.at(-1)!);
      await expect.poll(() => panel.getByRole('status').filter({ hasText: /Inserted/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => panel.getByRole('button', { name: 'Show draft' }).count(), { timeout: 5000 }).toBe(1);
      const inEditor = await page.locator(site.editor).first().innerText();
      const words = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(words(inEditor).startsWith(words(shown).slice(0, 120))).toBe(true);
      expect(keys.length).toBeLessThanOrEqual(6);
      await page.screenshot(`panel-keys-${site.name}-inserted`);
      // Insert kept the keyboard in the panel, on the bar (the webmail had moved it to its editor): Escape still closes it,
      // and the focus is back on our button (re-rendered with the message as the reply opened).
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count(), { timeout: 5000 }).toBe(0);
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-tactful-button]'))).toBe(true);
      await page.close();
    });
  });
});

// The README's pictures (docs/screenshots/ are copied from these): laptop size, both webmails, dark.
describe('README screenshots at 1366×768', () => {
  beforeAll(async () => {
    await app?.close();
    app = await launch({ inbox: 'demo', viewport: { width: 1366, height: 768 } });
  });
  for (const [site, theme] of [[SITES[0]!, 'light'], [SITES[1]!, 'light'], [SITES[0]!, 'dark']] as const) {
    test(`${site.name}, ${theme}: the panel over an invitation, then the draft inserted`, async () => {
      const page = await app.newTab();
      const url = theme === 'dark' ? site.url.replace(/(#|$)/, (m) => `?theme=dark${m}`) : site.url;
      await openWebmail(page, url);
      await openPanel(page, 'inv-greenhouse');
      const panel = panelOf(page);
      if (theme === 'dark') expect(await panel.getAttribute('data-theme')).toBe('dark');
      await page.waitForTimeout(400);
      await page.screenshot(`readme-${site.name}-panel${theme === 'dark' ? '-dark' : ''}`);
      if (theme === 'light') {
        // By keyboard: a test click scrolls its target into view, which a user's does not.
        await panel.getByRole('button', { name: 'Insert into reply' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => panel.getByRole('status').filter({ hasText: /Inserted/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await page.locator(site.editor).first().innerText()).toMatch(/\S/);
        expect((await measure(panel)).bodyScroll, 'the panel is not scrolled after Insert').toBe(0);
        // Then it folds to a bar beside the reply (issue 16).
        await expect.poll(() => panel.getByRole('button', { name: 'Show draft' }).count(), { timeout: 5000 }).toBe(1);
        await page.waitForTimeout(300);
        await page.screenshot(`readme-${site.name}-inserted`);
      }
      await page.close();
    });
  }
});
