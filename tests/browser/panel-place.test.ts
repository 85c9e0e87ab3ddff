// Issue 16, the outer frame, in real Chromium and real Firefox with the built extension: the
// panel (an iframe of our page in a closed shadow root) covers neither the open message's
// subject line (a long one, on two lines) nor, after Insert, the reply editor the user is told
// to read over. At 1366×768 and 1280×720, in the fixture Gmail and Outlook. After Insert the
// panel is a small bar ("Show draft" brings the draft back, in place); Escape on the bar closes
// the panel and gives the focus back to the button.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, launch, openWebmail, replyButtons, type App, type Tab } from './harness';
import { GMAIL, OUTLOOK, type WebmailSite } from './sites';

interface Box { x: number; y: number; width: number; height: number }
interface Site extends WebmailSite {
  subject: string;
}
const SITES: Site[] = [
  { ...GMAIL, subject: '[role="main"] h2.hP' },
  { ...OUTLOOK, subject: '.subjectRow [role="heading"]' },
];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
// Long enough to run under a panel at the top right, and to wrap at these widths.
const LONG_SUBJECT = 'Interview invitation: Senior Product Designer, Field Service Apps and Design Systems, at Acme Robotics (Hamburg or remote) – please pick a time';

const panelOf = (page: Tab) => page.getByRole('dialog', { name: 'Tactful' });
/** What covers the page: the panel's host (its iframe's box). */
const frameOf = (page: Tab) => page.locator('[data-tactful-panel]');

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
const show = (b: Box | null) => (b ? `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}` : 'none');

async function box(page: Tab, css: string): Promise<Box> {
  const b = await page.locator(css).first().boundingBox();
  expect(b, css).not.toBeNull();
  return b!;
}

/** The panel's frame has settled (its size comes from the frame's messages). */
async function settledFrame(page: Tab): Promise<Box> {
  let last = '';
  let b: Box | null = null;
  await expect.poll(async () => {
    b = await frameOf(page).boundingBox();
    const now = show(b);
    const same = now === last;
    last = now;
    return same && b !== null && b.height > 0;
  }, { timeout: 10_000, interval: 250 }).toBe(true);
  return b!;
}

/** Is the draft box on show (the bar hides it, and keeps it)? */
const draftShown = (page: Tab) => panelOf(page).evaluate((root) => (root.querySelector('textarea.tf-draft') as HTMLElement | null)?.offsetParent != null);

async function openLong(page: Tab, site: Site) {
  await openWebmail(page, site.url);
  await page.evaluate((subject) => {
    const inbox = (self as unknown as { FIXTURE_INBOX: { id: string; subject: string }[] }).FIXTURE_INBOX;
    inbox.find((m) => m.id === 'inv-greenhouse')!.subject = subject;
  }, LONG_SUBJECT);
  await fixture(page, 'open', 'inv-greenhouse');
  await replyButtons(page).first().click();
  await expect.poll(() => panelOf(page).getByLabel('Draft').inputValue(), { timeout: 15_000 }).toMatch(/\S/);
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
      test('the panel leaves a long subject uncovered; after Insert it is a small bar off the reply editor; Show draft brings the draft back; Escape on the bar closes and returns focus', async () => {
        const page = await app.newTab();
        await openLong(page, site);
        const tag = `${site.name}-${size.width}x${size.height}`;
        const subject = await box(page, site.subject);
        expect(subject.height, 'the long subject wraps').toBeGreaterThan(30);
        const open = await settledFrame(page);
        await page.screenshot(`panel-place-${tag}-open`);
        expect(overlap(open, subject), `panel ${show(open)} over the subject ${show(subject)}`).toBe(0);
        expect(open.y + open.height, 'the panel ends on screen').toBeLessThanOrEqual(size.height);
        const insert = await panelOf(page).getByRole('button', { name: 'Insert into reply' }).boundingBox();
        expect(insert!.y + insert!.height, 'Insert is inside the panel').toBeLessThanOrEqual(open.y + open.height);

        // Insert, by keyboard (a test click would scroll its target into view; a user's does not).
        await panelOf(page).getByRole('button', { name: 'Insert into reply' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => panelOf(page).getByRole('status').filter({ hasText: /Inserted/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await page.locator(site.editor).first().innerText()).toMatch(/\S/);
        await expect.poll(() => panelOf(page).getByRole('button', { name: 'Show draft' }).count(), { timeout: 5000 }).toBe(1);
        const bar = await settledFrame(page);
        await page.screenshot(`panel-place-${tag}-inserted`);
        const editor = await box(page, site.editor);
        const subjectNow = await box(page, site.subject);
        expect(bar.height, `the bar ${show(bar)} is small`).toBeLessThanOrEqual(120);
        expect(overlap(bar, editor), `bar ${show(bar)} over the reply editor ${show(editor)}`).toBe(0);
        expect(overlap(bar, subjectNow), `bar ${show(bar)} over the subject ${show(subjectNow)}`).toBe(0);
        expect(bar.y, 'the bar is on screen').toBeGreaterThanOrEqual(0);
        expect(bar.y + bar.height, 'the bar is on screen').toBeLessThanOrEqual(size.height);
        expect(await draftShown(page), 'no draft in the bar').toBe(false);

        // Show draft: the panel again, as it was (the same draft; Insert where it was).
        await panelOf(page).getByRole('button', { name: 'Show draft' }).click();
        await expect.poll(() => draftShown(page)).toBe(true);
        const again = await settledFrame(page);
        expect(overlap(again, await box(page, site.subject)), 'expanded again: the subject is uncovered').toBe(0);
        expect(again.y + again.height).toBeLessThanOrEqual(size.height);
        // Collapse again, then Escape from the bar.
        await panelOf(page).getByRole('button', { name: 'Hide draft' }).click();
        await expect.poll(() => draftShown(page)).toBe(false);
        await panelOf(page).getByRole('button', { name: 'Show draft' }).focus();
        await page.keyboard.press('Escape');
        await expect.poll(() => panelOf(page).count(), { timeout: 5000 }).toBe(0);
        // The focus is back on our button (its host, in the page's view of a closed root).
        await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-tactful-button]'))).toBe(true);
        await page.close();
      });
    });
  });
}
