// What you see is what is sent (issue 12, the composer's part; issue 13, the checker's
// `typed` list), in real Chromium and Firefox with the built extension on both fixture
// webmails: a click on another intent followed at once by Insert puts exactly the draft the
// panel then shows into the reply (and the same from the popup); a double or triple click
// inserts once and a second deliberate Insert asks first; call notes are never inserted; the
// context menu on a message opens the panel with the draft shown instead of writing into the
// reply, saying first when the message is not an invitation; a URL the email smuggled into
// a field never reaches the reply unseen, while what the user typed is never flagged.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BROWSER, ROOT, fixture, launch, onlyIn, openWebmail, replyButtons, type App, type Tab } from './harness';
import { GMAIL, OUTLOOK, type WebmailSite } from './sites';

interface Site extends WebmailSite {
  host: string;
}

const SITES: Site[] = [
  { ...GMAIL, host: 'https://mail.google.com' },
  { ...OUTLOOK, host: 'https://outlook.office.com' },
];

// The demo inbox plus one email that smuggles a link into the subject, which the analysis
// reads as the role (issue 13: "Interview invitation – Analyst see https://evil.example/login").
const SMUGGLED = {
  id: 'inv-smuggled',
  subject: 'Interview invitation – Analyst see https://evil.example/login',
  fromName: 'Dana Ruiz',
  fromEmail: 'dana.ruiz@initech.example',
  date: '2026-03-03T10:00:00',
  body: [
    'Hi Sam,',
    '',
    'Thank you for applying to Initech. We would like to invite you to an interview next week. Please let us know which day suits you.',
    '',
    'Best regards,',
    'Dana Ruiz',
    'Recruiter, Initech',
  ].join('\n'),
};
const INBOX = `${readFileSync(path.join(ROOT, 'tests/fixtures/webmail/inbox-demo.js'), 'utf8')}\nself.FIXTURE_INBOX.push(${JSON.stringify(SMUGGLED)});\n`;

/** The editor's lines as the user sees them (engines differ on blank lines between blocks). */
const lines = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '');
const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const flat = (text: string) => text.replace(/[\r\n]/g, '');

let app: App;
beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
  for (const s of SITES) app.route(`${s.host}/__fixtures__/inbox.js`, { contentType: 'text/javascript; charset=utf-8', body: INBOX });
});
afterAll(async () => {
  await app?.close();
});

/**
 * A fresh webmail tab on one message; the page's `input` events record the text that went
 * into its editor: `__typed`, event by event. Chromium splits one multi-line insertText into
 * one event per line and reports no event for the line breaks, so the characters are compared
 * without line breaks (`flat`) and the lines on the editor's own text (`lines`): together,
 * every character in order and the same lines.
 */
async function openMessage(site: Site, id: string): Promise<Tab> {
  const page = await app.newTab();
  await page.addInitScript(() => {
    const w = window as unknown as { __typed: string };
    w.__typed = '';
    document.addEventListener('input', (e) => {
      const ie = e as InputEvent;
      if (ie.inputType === 'insertText' && typeof ie.data === 'string') w.__typed += ie.data;
      else if (ie.inputType === 'insertParagraph' || ie.inputType === 'insertLineBreak') w.__typed += '\n';
    }, true);
  });
  await openWebmail(page, site.url);
  await fixture(page, 'open', id);
  return page;
}

async function openPanel(page: Tab) {
  await replyButtons(page).first().click();
  const panel = page.getByRole('dialog', { name: 'Tactful' });
  await panel.waitFor({ timeout: 10_000 });
  await expect.poll(() => panel.getByLabel('Draft').inputValue(), { timeout: 10_000 }).not.toBe('');
  return panel;
}

const statusText = (scope: { getByRole: Tab['getByRole'] }) => scope.getByRole('status').filter({ hasText: /./ }).last().textContent().catch(() => '');
const editorText = (page: Tab, site: Site) => page.locator(site.editor).first().innerText().catch(() => '');
/** What the page's editor was given, as text. */
const inserted = (page: Tab) => page.evaluate(() => (window as unknown as { __typed: string }).__typed);

/** Clicks the element's centre `n` times in a row, as fast as the driver can (a double or triple click). */
async function clickTimes(page: Tab, loc: ReturnType<Tab['getByRole']>, n: number): Promise<void> {
  await loc.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await loc.boundingBox();
  if (!box) throw new Error('no box');
  for (let i = 0; i < n; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Activates a button at once with the keyboard (focus, Enter): a mouse click computed before
 * the new draft lands could miss, because the findings under the draft change height and move
 * the button (a layout shift the panel redesign, issue 16, should remove).
 */
async function pressNow(page: Tab, loc: ReturnType<Tab['getByRole']>): Promise<void> {
  await loc.focus();
  await page.keyboard.press('Enter');
}

describe.each(SITES)('$name', (site) => {
  test('choose Reschedule, click Insert with no wait: the reply holds exactly the Draft the panel then shows', async () => {
    const page = await openMessage(site, 'inv-slots');
    const panel = await openPanel(page);
    const before = await panel.getByLabel('Draft').inputValue();
    await panel.getByRole('button', { name: 'Reschedule', exact: true }).click();
    await pressNow(page, panel.getByRole('button', { name: 'Insert into reply' }));
    await expect.poll(() => statusText(panel), { timeout: 15_000 }).toMatch(/Inserted into your reply/);
    const shown = await panel.getByLabel('Draft').inputValue();
    expect(shown).not.toBe(before);
    // Byte for byte: the text the page's editor received is the text the panel shows.
    const got = await inserted(page);
    expect(flat(got).startsWith(flat(shown))).toBe(true);
    expect(count(got, shown.split('\n')[0]!)).toBe(1);
    expect(lines(await editorText(page, site)).startsWith(lines(shown))).toBe(true);
    expect(await editorText(page, site)).not.toContain(before.split('\n').find((l) => l.length > 40)!);
    await page.screenshot(`shown-is-sent-${site.name}-reschedule`);
    await page.close();
  });

  test('a double click on Insert inserts once, three clicks once; a second Insert asks first', async () => {
    const page = await openMessage(site, 'inv-greenhouse');
    const panel = await openPanel(page);
    const insert = panel.getByRole('button', { name: 'Insert into reply' });
    const text = await panel.getByLabel('Draft').inputValue();
    const first = text.split('\n').find((l) => l.trim().length > 30)!;
    await clickTimes(page, insert, 2);
    await expect.poll(() => statusText(panel), { timeout: 15_000 }).toMatch(/Inserted into your reply/);
    await page.waitForTimeout(800);
    expect(count(await editorText(page, site), first)).toBe(1);
    // Unless the second click already asked "Insert again?", the panel folds to a bar beside the
    // reply 0.7 s after Insert (issue 16): Show draft brings Insert back.
    await page.waitForTimeout(400);
    const bar = panel.getByRole('button', { name: 'Show draft' });
    if (await bar.count()) await bar.click();
    await clickTimes(page, insert, 3);
    const ask = panel.getByRole('group', { name: 'Insert again?' });
    await ask.waitFor({ timeout: 5_000 });
    await page.waitForTimeout(800);
    expect(count(await editorText(page, site), first)).toBe(1);
    await page.screenshot(`shown-is-sent-${site.name}-insert-again`);
    await ask.getByRole('button', { name: 'Don’t insert' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(count(await editorText(page, site), first)).toBe(1);
    expect(count(await inserted(page), first)).toBe(1);
    await page.close();
  });

  test('call notes get Copy, never Insert', async () => {
    const page = await openMessage(site, 'inv-greenhouse');
    const panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Call notes', exact: true }).click();
    const insert = panel.getByRole('button', { name: 'Insert into reply' });
    await expect.poll(() => insert.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await expect.poll(() => panel.textContent()).toMatch(/Call notes are for you/);
    await insert.dispatchEvent('click');
    await page.waitForTimeout(800);
    expect(await inserted(page)).toBe('');
    expect(await panel.getByRole('button', { name: 'Copy' }).evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await page.screenshot(`shown-is-sent-${site.name}-call-notes`);
    await page.close();
  });

  test('the context menu on a message opens the panel with that intent and its draft, and writes nothing', async () => {
    const page = await openMessage(site, 'inv-slots');
    await replyButtons(page).first().waitFor();
    const tabId = await app.tabId(page);
    const outcome = await app.ext(async (api, bg, id) => {
      const tab = await api.tabs.get(id);
      return bg.tactfulMenuClick({ menuItemId: 'ask-to-reschedule', editable: false, pageUrl: '' }, tab);
    }, tabId);
    expect(outcome).toBe('webmail:shown');
    const panel = page.getByRole('dialog', { name: 'Tactful' });
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.getByRole('button', { name: 'Reschedule', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panel.getByLabel('Draft').inputValue(), { timeout: 10_000 }).toMatch(/\S/);
    expect(await inserted(page)).toBe('');
    expect(await page.locator(site.editor).count()).toBe(0); // no reply was even opened
    // One click from Insert.
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => statusText(panel), { timeout: 15_000 }).toMatch(/Inserted into your reply/);
    expect(lines(await editorText(page, site)).startsWith(lines(await panel.getByLabel('Draft').inputValue()))).toBe(true);
    await page.close();
  });

  test('the context menu on a rejection: the panel says first that it is not an invitation, and writes nothing', async () => {
    const page = await openMessage(site, 'rejection');
    await page.waitForTimeout(600);
    const tabId = await app.tabId(page);
    const outcome = await app.ext(async (api, bg, id) => {
      const tab = await api.tabs.get(id);
      return bg.tactfulMenuClick({ menuItemId: 'withdraw-from-interview', editable: false, pageUrl: '' }, tab);
    }, tabId);
    expect(outcome).toBe('webmail:shown');
    const panel = page.getByRole('dialog', { name: 'Tactful' });
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.getByLabel('Draft').inputValue(), { timeout: 10_000 }).toMatch(/\S/);
    // Before anything else in the panel: the plain words.
    const firstText = await panel.evaluate((el) => (el.querySelector('.tf-composer')?.firstElementChild?.textContent ?? ''));
    expect(firstText).toMatch(/doesn.t look like an interview invitation/);
    expect(await inserted(page)).toBe('');
    expect(await page.locator(site.editor).count()).toBe(0);
    await page.screenshot(`shown-is-sent-${site.name}-menu-rejection`);
    await page.close();
  });

  test('a link the email smuggled into the role never reaches the reply unseen; the links the user types are theirs', async () => {
    const page = await openMessage(site, 'inv-smuggled');
    const panel = await openPanel(page);
    const draft = panel.getByLabel('Draft');
    const findings = () => panel.getByRole('list', { name: 'Tact check' }).textContent().catch(() => '');
    // The analysis drops a role holding a link (the fields' shape guard); were it kept, the
    // checker, told what the user typed, must flag it as a link they did not type.
    const shown = await draft.inputValue();
    if (shown.includes('evil.example')) await expect.poll(findings, { timeout: 10_000 }).toMatch(/evil\.example\/login.* is a link you did not type/);
    expect(await panel.getByLabel('Role').inputValue()).not.toBe('Analyst see https://evil.example/login');
    await page.screenshot(`shown-is-sent-${site.name}-smuggled`);
    // A link the user types (into a field, or into the draft box itself) is theirs: never flagged.
    await panel.getByLabel('Role').fill('Data Analyst (my work: https://sam.example/cv)');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toContain('https://sam.example/cv');
    await draft.evaluate((el) => {
      const a = el as HTMLTextAreaElement;
      a.focus();
      a.setSelectionRange(a.value.length, a.value.length);
    });
    await page.keyboard.type(' Portfolio: www.sam.example/work, +44 20 7946 0000');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toContain('www.sam.example/work, +44 20 7946 0000');
    await page.waitForTimeout(800); // the check of the edited box
    expect(await findings()).not.toMatch(/you did not type/);
    await page.close();
  });
});

test('the popup: choose Reschedule, click Insert with no wait: the reply holds exactly the popup’s Draft', async () => {
  const site = SITES[0]!;
  const page = await openMessage(site, 'inv-slots');
  await replyButtons(page).first().waitFor();
  const tabId = await app.tabId(page);
  const popup = await app.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 420, height: 640 });
  const draft = popup.getByLabel('Draft');
  await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/\S/);
  const before = await draft.inputValue();
  await popup.getByRole('button', { name: 'Reschedule', exact: true }).click();
  await pressNow(popup, popup.getByRole('button', { name: 'Insert into reply' }));
  await expect.poll(() => statusText(popup), { timeout: 15_000 }).toMatch(/Inserted into your reply/);
  const shown = await draft.inputValue();
  expect(shown).not.toBe(before);
  const got = await inserted(page);
  expect(flat(got).startsWith(flat(shown))).toBe(true);
  expect(count(got, shown.split('\n')[0]!)).toBe(1);
  await popup.close();
  await page.close();
});

// Only Chromium lets a test fire commands.onCommand (see entry-points.test.ts).
onlyIn('chromium', 'only Chromium can dispatch commands.onCommand from a test', () => {
  test('the keyboard command on a rejection: the panel says first that it is not an invitation', async () => {
    const page = await openMessage(SITES[0]!, 'rejection');
    await page.waitForTimeout(600);
    await page.bringToFront();
    await app.ext((api) => {
      (api.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('open-panel');
    });
    const panel = page.getByRole('dialog', { name: 'Tactful' });
    await panel.waitFor({ timeout: 10_000 });
    const firstText = await panel.evaluate((el) => (el.querySelector('.tf-composer')?.firstElementChild?.textContent ?? ''));
    expect(firstText).toMatch(/doesn.t look like an interview invitation/);
    expect(await inserted(page)).toBe('');
    await page.close();
  });
});

test(`no request left the machine (${BROWSER})`, async () => {
  expect(app.stray).toEqual([]);
  expect(await app.networkRequests()).toEqual([]);
});
