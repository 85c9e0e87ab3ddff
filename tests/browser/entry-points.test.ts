// The ways in besides the in-page button, in real Chromium and Firefox with the built
// extension: the toolbar popup (webmail and manual mode, accessible, fast) and the options
// page (edit → reload → still there; export → import), both opened as tabs; the context-menu
// handler called in the background as a click would call it (on a webmail it opens the panel
// with the draft shown; tests/browser/shown-is-sent.test.ts and other-sites.test.ts go further). Chromium only: a click through
// the real contextMenus.onClicked listener and the keyboard command, because only Chromium
// lets a test dispatch those events (Firefox has no event dispatch(), and BiDi can open
// neither the native context menu nor a `commands` shortcut).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { BROWSER, fixture, launch, replyButtons, onlyIn, openWebmail, type App, type Tab as Page } from './harness';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let app: App;
const popupUrl = (q = '') => `${app.origin}/src/popup/index.html${q}`;
const optionsUrl = () => `${app.origin}/src/options/index.html`;

async function openGmail(id: string): Promise<{ page: Page; tabId: number }> {
  const page = await app.newTab();
  await openWebmail(page, 'https://mail.google.com/mail/u/0/#inbox');
  await fixture(page, 'open', id);
  const tabId = await app.tabId(page);
  return { page, tabId };
}

async function axeViolations(page: Page): Promise<string[]> {
  // DevTools evaluation is not subject to the extension page's script-src CSP.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  return result;
}

const editorText = (page: Page) => page.locator('.M9 [g_editable="true"]').first().innerText();

beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
});
afterAll(async () => {
  await app?.close();
});

describe('toolbar popup', () => {
  test('on a webmail tab: the composer for the open message, and Insert reaches that tab’s reply', async () => {
    const { page, tabId } = await openGmail('inv-greenhouse');
    await replyButtons(page).waitFor();
    const popup = await app.newTab();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(popupUrl(`?tab=${tabId}`));
    await expect.poll(() => popup.getByText(/Looks like an interview invitation/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const draft = popup.getByLabel('Draft');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toContain('Priya');
    await popup.screenshot('popup-webmail');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('Priya');
    await popup.close();
    await page.close();
  });

  test('anywhere else: manual mode analyses pasted text and offers Copy; never blank', async () => {
    const popup = await app.newTab();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(popupUrl());
    const paste = popup.getByLabel('Paste the invitation');
    await paste.waitFor({ timeout: 10_000 });
    await paste.fill(
      'Dear Alex,\n\nThank you for applying for the Data Engineer position at Fabrikam. We would like to invite you to a video interview on Thursday at 3pm. Please let me know if that works.\n\nKind regards,\nMaria Lopez\nRecruiter, Fabrikam',
    );
    const draft = popup.getByLabel('Draft');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toContain('Maria');
    expect(await draft.inputValue()).toContain('Data Engineer');
    expect(await popup.getByRole('button', { name: 'Copy' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Insert into reply' }).count()).toBe(0);
    await popup.screenshot('popup-manual');
    expect(await axeViolations(popup)).toEqual([]);

    // Copy really puts the draft on the clipboard: pasted back with Ctrl+V in another page.
    const text = await draft.inputValue();
    await popup.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: /./ }).last().textContent()).toMatch(/Copied/);
    app.route('https://notes.example.org/', { body: '<!doctype html><title>Notes</title><textarea id="notes"></textarea>' });
    const notes = await app.newTab();
    await notes.goto('https://notes.example.org/');
    await notes.locator('#notes').click();
    await notes.keyboard.press('Control+v');
    await expect.poll(() => notes.locator('#notes').inputValue()).toBe(text);
    await notes.close();
    await popup.close();
  });

  test('first paint is fast', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const popup = await app.newTab();
      await popup.goto(popupUrl());
      await popup.locator('body[data-first-paint-ms]').waitFor({ state: 'attached' });
      times.push(Number(await popup.locator('body').getAttribute('data-first-paint-ms')));
      await popup.close();
    }
    times.sort((a, b) => a - b);
    console.log(`popup first paint (ms since navigation start), 5 runs: ${times.join(', ')}`);
    // Generous bound so a loaded CI machine does not flake; the median is reported above.
    expect(times[2]).toBeLessThan(500);
  });
});

describe('toolbar badge', () => {
  test('marks a tab whose open message is an invitation, and clears when it is not', async () => {
    const { page, tabId } = await openGmail('inv-greenhouse');
    await replyButtons(page).waitFor();
    const badge = () => app.ext((api, _bg, id) => api.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    await fixture(page, 'open', 'job-alert');
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    await page.close();
  });
});

describe('options page', () => {
  test('an edit survives a reload; export → change → import restores it; a bad file is refused whole', async () => {
    const page = await app.newTab();
    await page.goto(optionsUrl());
    const name = page.getByLabel('Your name (signs your replies)');
    await name.fill('Alex Morgan');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Your name (signs your replies)').inputValue()).toBe('Alex Morgan');
    await page.screenshot('options');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Export settings' }).click();
    const exported = await page.getByLabel(/Exported settings/).inputValue();
    expect(JSON.parse(exported).candidateName).toBe('Alex Morgan');

    await page.getByLabel('Your name (signs your replies)').fill('Someone Else');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved');

    const file = page.getByLabel('Import settings from a file');
    await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2, "candidateName": 42') });
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Your name (signs your replies)').inputValue()).toBe('Someone Else');

    await file.setInputFiles({ name: 'tactful-settings.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.getByLabel('Your name (signs your replies)').inputValue()).toBe('Alex Morgan');
    await page.reload();
    await expect.poll(() => page.getByLabel('Your name (signs your replies)').inputValue()).toBe('Alex Morgan');
    await page.close();
  });
});

describe('context menu', () => {
  test('the three items exist', async () => {
    const ok = await app.ext(async (api) => {
      for (const id of ['draft-polite-decline', 'ask-to-reschedule', 'withdraw-from-interview', 'draft-polite-decline-selection']) {
        await api.contextMenus.update(id, {}); // rejects when the item was never created
      }
      return true;
    });
    expect(ok).toBe(true);
  });

  test('"Draft polite decline" on a Gmail message opens the panel with the decline shown, and writes nothing', async () => {
    const { page, tabId } = await openGmail('inv-greenhouse');
    await replyButtons(page).waitFor();
    // The handler the menu's onClicked listener calls, with what a click on this tab passes.
    const outcome = await app.ext(async (api, bg, id) => {
      const tab = await api.tabs.get(id);
      return bg.tactfulMenuClick({ menuItemId: 'draft-polite-decline', editable: false, pageUrl: '' }, tab);
    }, tabId);
    expect(outcome).toBe('webmail:shown');
    const panel = page.getByRole('dialog', { name: 'Tactful' });
    await expect.poll(() => panel.getByLabel('Draft').inputValue(), { timeout: 10_000 }).toContain('Priya');
    expect(await panel.getByRole('button', { name: 'Decline', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.M9 [g_editable="true"]').count()).toBe(0);
    await page.close();
  });

  test('on another site, a refused page gets the draft in a popup tab to copy', async () => {
    app.route('https://careers.example.org/', {
      body: '<!doctype html><title>Portal</title><p id="msg">We would like to invite you to an interview for the QA Lead role at Initech. Best, Dana Scully</p><textarea id="reply"></textarea>',
    });
    const page = await app.newTab();
    await page.goto('https://careers.example.org/messages/1');
    const tabId = await app.tabId(page);
    const popupPromise = app.waitForTab((u) => u.includes('pending=1'));
    const outcome = await app.ext(async (api, bg, id) => {
      const tab = await api.tabs.get(id);
      return bg.tactfulMenuClick(
        { menuItemId: 'draft-polite-decline-selection', selectionText: 'We would like to invite you to an interview for the QA Lead role at Initech. Best, Dana Scully', editable: false, pageUrl: '' },
        tab,
      );
    }, tabId);
    // A click made by a test carries no activeTab grant, so the browser refuses the page:
    // the draft must then reach the user another way (Tactful's own window, to copy).
    expect(outcome).toBe('shown:refused');
    const popup = await popupPromise;
    const draft = popup.getByLabel('Draft');
    await expect.poll(() => draft.inputValue().catch(() => ''), { timeout: 10_000 }).toContain('QA Lead');
    expect(await popup.getByRole('alert').textContent()).toMatch(/could not write into that page/);
    await popup.screenshot('popup-pending');
    await popup.close();
    await page.close();
  });

  test('placing a draft in a page: at the end of the chosen text box, through the page’s input path', async () => {
    const page = await app.newTab();
    await page.goto('https://careers.example.org/messages/2');
    await page.locator('#reply').fill('Hello, see the invitation below.');
    await page.locator('#reply').evaluate((el) => {
      const a = el as HTMLTextAreaElement;
      a.focus();
      a.setSelectionRange(0, 6);
    });
    const src = await app.ext((_api, bg) => (bg.tactfulPlaceDraftSource as string | undefined) ?? '');
    expect(src.length).toBeGreaterThan(100);
    const outcome = await page.evaluate(`(${src})('Thank you for the invitation.', { editable: true, selection: 'Hello,', targetElementId: null }, { inserted: 'ins', close: 'Close' })`);
    expect(outcome).toEqual({ outcome: 'inserted' });
    expect(await page.locator('#reply').inputValue()).toBe('Hello, see the invitation below.\n\nThank you for the invitation.');
    await page.close();
  });
});

// Firefox has no dispatch() on extension events, and neither BiDi nor puppeteer can click a
// native context-menu item or press a `commands` shortcut: these two stay Chromium-only.
onlyIn('chromium', 'only Chromium can dispatch contextMenus.onClicked and commands.onCommand from a test', () => {
  describe('through the real listeners (Chromium)', () => {
    test('"Withdraw from interview" through the real onClicked listener', async () => {
      const { page } = await openGmail('inv-slots');
      await replyButtons(page).waitFor();
      await app.ext(async (api) => {
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        // Chromium exposes dispatch() on extension events: it fires the real listeners.
        (api.contextMenus.onClicked as unknown as { dispatch(info: object, tab: object): void }).dispatch({ menuItemId: 'withdraw-from-interview', editable: false, pageUrl: '' }, tab!);
      });
      // The panel opens on that message with Withdraw chosen; nothing is inserted by the menu.
      const panel = page.getByRole('dialog', { name: 'Tactful' });
      await expect.poll(() => panel.getByLabel('Draft').inputValue(), { timeout: 10_000 }).toMatch(/withdraw/i);
      expect(await panel.getByRole('button', { name: 'Withdraw', exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.M9 [g_editable="true"]').count()).toBe(0);
      await page.close();
    });

    test('the keyboard command opens the panel for the open message', async () => {
      const { page } = await openGmail('rejection'); // not an invitation: no button, the command still works
      await page.waitForTimeout(500);
      expect(await replyButtons(page).count()).toBe(0);
      await app.ext((api) => {
        (api.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('open-panel');
      });
      const panel = page.getByRole('dialog', { name: 'Tactful' });
      await panel.waitFor({ timeout: 10_000 });
      expect(await panel.textContent()).toMatch(/doesn.t look like an interview invitation/);
      await page.close();
    });
  });
});

test(`no request left the machine (${BROWSER})`, async () => {
  expect(app.stray).toEqual([]);
  expect(await app.networkRequests()).toEqual([]);
});
