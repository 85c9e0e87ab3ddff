// The heart of the product, in real Chromium and real Firefox with the built extension: an
// invitation in the fixture Gmail / Outlook gets one "Reply tactfully" button; the panel
// drafts a decline; "Insert into reply" puts it at the top of the webmail's own reply
// editor, keeping what the user typed, and the editor's undo removes only our text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture, launch, openWebmail, replyButtons, watchCspViolations, type App, type Tab } from './harness';

interface Site {
  name: 'gmail' | 'outlook';
  url: string;
  editor: string;
  search: string;
  openReply: (page: Tab) => Promise<void>;
}

const SITES: Site[] = [
  {
    name: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    editor: '.M9 [g_editable="true"][contenteditable="true"]',
    search: 'input[name="q"]',
    openReply: (page) => page.locator('.amn span.ams.bkH').last().click(),
  },
  {
    name: 'outlook',
    url: 'https://outlook.office.com/mail/inbox',
    editor: '[id^="docking_InitVisiblePart_"] [contenteditable="true"][aria-multiline="true"]',
    search: '#topSearchInput',
    openReply: (page) => page.locator('[role=toolbar] button:has(i[data-icon-name="ArrowReplyRegular"])').last().click(),
  },
];

const button = (page: Tab) => replyButtons(page);
const open = (page: Tab, id: string) => fixture(page, 'open', id);
const editorText = (page: Tab, sel: string) => page.locator(sel).first().innerText();

let app: App;
beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
});
afterAll(async () => {
  // The extension (background, its pages, the content script) made no request at all.
  const requests = (await app?.networkRequests()) ?? [];
  await app?.close();
  expect(requests).toEqual([]);
});

describe.each(SITES)('$name', (site) => {
  let page: Tab;
  let violations: () => Promise<string[]>;

  beforeAll(async () => {
    page = await app.newTab();
    violations = await watchCspViolations(page);
    await openWebmail(page, site.url);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the content script runs and answers the popup’s question', async () => {
    await open(page, 'inv-greenhouse');
    await button(page).first().waitFor({ timeout: 10_000 });
    const tabId = await app.tabId(page);
    const reply = await app.ext((api, _bg, id) => api.tabs.sendMessage(id, { type: 'tab/get-message' }), tabId);
    expect(reply.ok).toBe(true);
    expect(reply.value.email.subject).toContain('Senior Product Designer');
    expect(reply.value.analysis.invitation).toBe(true);
    expect(reply.value.analysis.fields.contactName).toBe('Priya Raman');
  });

  test('an invitation gets exactly one button, also after the page re-renders', async () => {
    await open(page, 'inv-greenhouse');
    await button(page).first().waitFor();
    expect(await button(page).count()).toBe(1);
    await fixture(page, 'rerender');
    await page.waitForTimeout(800);
    await button(page).first().waitFor();
    expect(await button(page).count()).toBe(1);
    await page.screenshot(`${site.name}-button`);
  });

  test('Decline → Insert into reply puts the draft above the user’s own words; undo removes only ours', async () => {
    await open(page, 'inv-greenhouse');
    await button(page).first().waitFor();
    // The user has already started a reply.
    await site.openReply(page);
    const editor = page.locator(site.editor).first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type('Typed before Tactful.');
    const typed = await editorText(page, site.editor);
    expect(typed).toContain('Typed before Tactful.');

    await button(page).first().click();
    const panel = page.getByRole('dialog', { name: 'Tactful' });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Decline', exact: true }).click();
    const draft = panel.getByLabel('Draft');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toContain('Priya');
    const text = await draft.inputValue();
    expect(text).toContain('Senior Product Designer');
    await page.screenshot(`${site.name}-panel`);

    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => editorText(page, site.editor), { timeout: 10_000 }).toContain('Priya');
    const after = await editorText(page, site.editor);
    expect(after).toContain('Typed before Tactful.');
    expect(after.indexOf('Priya')).toBeLessThan(after.indexOf('Typed before Tactful.'));
    const firstLine = text.split('\n')[0]!;
    expect(after).toContain(firstLine);

    // The page saw real typing (a trusted input event), so its draft autosave runs.
    const events = await page.evaluate(() => (window as unknown as { __editorEvents: { type: string; inputType?: string; isTrusted: boolean }[] }).__editorEvents);
    expect(events.some((e) => e.type === 'input' && e.isTrusted && (e.inputType === 'insertText' || e.inputType === 'insertFromPaste'))).toBe(true);
    await page.screenshot(`${site.name}-inserted`);

    // One undo takes out exactly our insertion: the user's words and the rest stay.
    const ours = text.split('\n').find((l) => l.trim().length > 40)!;
    expect(after).toContain(ours);
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, site.editor)).not.toContain(ours);
    expect(await editorText(page, site.editor)).toBe(typed);
    await page.keyboard.press('Escape'); // close our panel if focus is still in it
    await page.getByRole('dialog', { name: 'Tactful' }).evaluateAll((els) => els.length).then(async (n) => {
      if (n) await page.getByRole('dialog', { name: 'Tactful' }).getByRole('button', { name: 'Close' }).click();
    });
  });

  test('Copy in the panel puts the draft on the clipboard', async () => {
    await open(page, 'inv-greenhouse');
    await button(page).first().click();
    const panel = page.getByRole('dialog', { name: 'Tactful' });
    const draft = panel.getByLabel('Draft');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toContain('Priya');
    const text = await draft.inputValue();
    await panel.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: /./ }).last().textContent()).toMatch(/Copied/);
    await panel.getByRole('button', { name: 'Close' }).click();
    // Pasted back into the webmail's (single-line) search box: the same words.
    await page.locator(site.search).fill('');
    await page.keyboard.press('Control+v');
    const squash = (v: string) => v.replace(/\s+/g, ' ').trim();
    await expect.poll(async () => squash(await page.locator(site.search).inputValue())).toBe(squash(text));
    await page.locator(site.search).fill('');
  });

  test('Escape closes the panel and returns focus to the button', async () => {
    await open(page, 'inv-greenhouse');
    await button(page).first().click();
    const panel = page.getByRole('dialog', { name: 'Tactful' });
    await panel.waitFor();
    // The panel takes focus once it has rendered (as the user sees it); Escape goes there.
    // It is in the panel's own frame: that document has the focus, on the dialog or inside it.
    await expect.poll(() => panel.evaluate((el) => document.hasFocus() && el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: 10_000 });
    // Back on the button: the page sees only its host (the root is closed) as the focused element…
    expect(await button(page).first().evaluate((host) => document.activeElement === host)).toBe(true);
    // …and Enter, a real key press, opens the panel again: the button itself has the focus.
    await page.keyboard.press('Enter');
    await panel.waitFor({ timeout: 10_000 });
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached', timeout: 10_000 });
  });

  test('switching to a message that is not an invitation removes the button', async () => {
    await open(page, 'inv-greenhouse');
    await button(page).first().waitFor();
    for (const id of ['rejection', 'job-alert', 'podcast']) {
      await open(page, id);
      await page.waitForTimeout(600);
      expect(await button(page).count(), id).toBe(0);
    }
  });

  test('in the webmail’s own dark theme, the button and the panel are dark too', async () => {
    const dark = await app.newTab();
    const url = site.url.replace(/(#|$)/, (m) => `${site.url.includes('?') ? '&' : '?'}theme=dark${m}`);
    await openWebmail(dark, url);
    await open(dark, 'inv-greenhouse');
    await button(dark).first().click();
    const panel = dark.getByRole('dialog', { name: 'Tactful' });
    await panel.waitFor();
    expect(await panel.getAttribute('data-theme')).toBe('dark');
    const bg = await panel.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
    // Its scrollbars too (Firefox draws light ones under color-scheme: dark alone).
    expect(await panel.evaluate((el) => getComputedStyle(el).getPropertyValue('scrollbar-color'))).not.toMatch(/^(auto)?$/);
    expect(await dark.locator('[data-tactful-button]').first().getAttribute('data-theme')).toBe('dark');
    await dark.screenshot(`${site.name}-panel-dark`);
    await dark.close();
  });

  test('nothing violated the page’s CSP / Trusted Types, and no request left the machine', async () => {
    expect(await violations()).toEqual([]);
    expect(app.stray).toEqual([]);
  });
});
