// The context menu on a site that is not a webmail (issue 13), against a hostile page, in
// real Chromium and Firefox with the built extension. The page's own script swaps whatever is
// copied in its document, watches its DOM and every field's value for the draft, and moves
// focus into an off-screen box when the menu opens. Tactful's page placer (the function the
// service worker injects with scripting.executeScript) runs where it runs in the product, in an
// isolated world of that page; whatever it answers, a claim of "Inserted" must hold in the
// visible box the user chose, a claim of "Copied" must hold on the clipboard, and the draft
// must never reach the page otherwise. The menu's whole flow ends in Tactful's own window,
// where Copy puts exactly the draft on the clipboard.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSER, launch, type App, type Tab } from './harness';

const DRAFT = 'Dear Dana,\n\nThank you for the invitation to interview for the QA Lead role.\n\nBest regards,\nSam';
const INVITATION = 'We would like to invite you to an interview for the QA Lead role at Initech. Best, Dana Scully';

// The hostile page. Everything it learns goes to window.__seen (strings that held the draft's
// first words) and window.__copies (what its copy handler saw and swapped).
const HOSTILE = `<!doctype html><html lang="en"><head><title>Portal</title></head><body>
<p id="msg">${INVITATION}</p>
<textarea id="reply" rows="6" cols="60" aria-label="Your reply"></textarea>
<textarea id="trap" aria-label="trap" style="position:absolute;left:-9999px;top:0;width:300px;height:80px"></textarea>
<input id="pw" type="password" aria-label="Password">
<textarea id="eater" rows="3" cols="40" aria-label="Eater"></textarea>
<script>
  window.__seen = [];
  window.__copies = 0;
  const look = (s) => { if (typeof s === 'string' && s.includes('Thank you for the invitation to interview')) window.__seen.push(s); };
  document.addEventListener('copy', (e) => {
    window.__copies++;
    e.clipboardData.setData('text/plain', 'EVIL CLIPBOARD');
    e.preventDefault();
  }, true);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) { look(n.textContent); if ('value' in n) look(n.value); }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  setInterval(() => { for (const f of document.querySelectorAll('textarea, input')) if (f.id !== 'reply') look(f.value); }, 20);
  // The box that eats whatever is typed into it.
  document.getElementById('eater').addEventListener('input', (e) => { e.target.value = ''; });
</script></body></html>`;

const CLEAN = '<!doctype html><title>Notes</title><textarea id="notes" rows="8" cols="60"></textarea>';

let app: App;
let src = '';
beforeAll(async () => {
  app = await launch({ inbox: 'demo' });
  app.route('https://careers-hostile.example.org/', { body: HOSTILE });
  app.route('https://notes.example.net/', { body: CLEAN });
  src = await app.ext((_api, bg) => (bg.tactfulPlaceDraftSource as string | undefined) ?? '');
});
afterAll(async () => {
  await app?.close();
});

/** What is on the clipboard: pasted with Ctrl+V into a clean page's box. */
async function clipboard(): Promise<string> {
  const notes = await app.newTab();
  await notes.goto('https://notes.example.net/');
  await notes.locator('#notes').click();
  await notes.keyboard.press('Control+v');
  await notes.waitForTimeout(300);
  const text = await notes.locator('#notes').inputValue();
  await notes.close();
  return text;
}

/** Puts a marker on the clipboard from a clean page, so a later read shows whether anyone wrote to it. */
async function markClipboard(): Promise<void> {
  const notes = await app.newTab();
  await notes.goto('https://notes.example.net/');
  await notes.locator('#notes').fill('MARKER');
  await notes.locator('#notes').evaluate((el) => (el as HTMLTextAreaElement).select());
  await notes.keyboard.press('Control+c');
  await notes.close();
}

type Claim = 'inserted' | 'copied' | 'none';
/** The placer's answer as a claim: today's { outcome }, or the plain strings it answered before. */
const claimOf = (r: unknown): Claim => {
  const v = typeof r === 'string' ? r : (r as { outcome?: string } | null)?.outcome;
  return v === 'inserted' ? 'inserted' : v === 'copied' ? 'copied' : 'none';
};

interface Scene {
  name: string;
  /** The box the user right-clicked in (with their selection in it), or null: a selection in the page's text. */
  chosen: 'reply' | 'pw' | 'eater' | null;
  /** What the page does when the menu opens. */
  page: (p: Tab) => Promise<void>;
}

const selectIn = (id: string, text: string) => (p: Tab) =>
  p.locator(`#${id}`).evaluate((el, t) => {
    const f = el as HTMLTextAreaElement;
    f.value = `${t}\n`;
    f.focus();
    f.setSelectionRange(0, t.length);
  }, text);

const SCENES: Scene[] = [
  {
    name: 'the user selected the invitation in the page; the page moves focus into an off-screen box holding the same selection',
    chosen: null,
    page: selectIn('trap', INVITATION),
  },
  {
    name: 'the user right-clicked their selection in the visible reply box; the page then moves focus into the off-screen box',
    chosen: 'reply',
    page: async (p) => {
      await selectIn('reply', INVITATION)(p);
      await selectIn('trap', INVITATION)(p);
    },
  },
  { name: 'a password field', chosen: 'pw', page: (p) => p.locator('#pw').evaluate((el) => { const f = el as HTMLInputElement; f.value = 'secret'; f.focus(); f.select(); }) },
  { name: 'a box whose page empties it on every input', chosen: 'eater', page: selectIn('eater', INVITATION) },
];

describe('the page placer in a hostile page never claims what did not happen', () => {
  test.each(SCENES)('$name', async (scene) => {
    expect(src.length).toBeGreaterThan(100);
    await markClipboard();
    const page = await app.newTab();
    await page.goto('https://careers-hostile.example.org/messages/1');
    await page.locator('#reply').waitFor();
    const world = await page.isolatedWorld(`var tactfulPlace = (${src});`);
    await scene.page(page);
    const selection = scene.chosen === 'pw' ? 'secret' : INVITATION;
    const answer = await world(`tactfulPlace(${JSON.stringify(DRAFT)}, ${JSON.stringify({ editable: scene.chosen !== null, selection, targetElementId: null })}, { inserted: 'Inserted', close: 'Close', copied: 'Copied', manual: 'Shown' })`);
    const claim = claimOf(answer);
    await page.waitForTimeout(300);
    const visible = await page.locator('#reply').inputValue();
    if (claim === 'inserted') expect(visible, 'claimed Inserted: the visible box the user chose holds the draft').toContain(DRAFT);
    else expect(visible).not.toContain(DRAFT);
    expect(await page.locator('#trap').inputValue(), 'the off-screen box got nothing').not.toContain('Thank you');
    if (claim === 'copied') expect(await clipboard(), 'claimed Copied: the clipboard holds the draft').toBe(DRAFT);
    // Not inserted where the user chose: the draft never entered the page's DOM.
    if (claim !== 'inserted') expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __copies: number }).__copies), 'no copy happened in the page').toBe(0);
    expect(claim).toBe('none');
    await page.close();
  });

  test('the visible box the user right-clicked in, their selection in it: the draft goes at its end, and only there', async () => {
    const page = await app.newTab();
    await page.goto('https://careers-hostile.example.org/messages/2');
    const world = await page.isolatedWorld(`var tactfulPlace = (${src});`);
    await selectIn('reply', INVITATION)(page);
    const answer = await world(`tactfulPlace(${JSON.stringify(DRAFT)}, ${JSON.stringify({ editable: true, selection: INVITATION, targetElementId: null })}, { inserted: 'Inserted', close: 'Close' })`);
    expect(answer).toEqual({ outcome: 'inserted' });
    expect(await page.locator('#reply').inputValue()).toBe(`${INVITATION}\n\n${DRAFT}`);
    expect(await page.locator('#trap').inputValue()).toBe('');
    // The note beside the box is in a closed shadow root: the page cannot read it.
    expect(await page.evaluate(() => [...document.querySelectorAll('body ~ div, html > div')].map((d) => d.shadowRoot))).toEqual([null]);
    await page.screenshot('other-sites-inserted');
    await page.close();
  });
});

test('the menu’s whole flow on the hostile page: Tactful’s own window shows the draft, and Copy there copies exactly it', async () => {
  const page = await app.newTab();
  await page.goto('https://careers-hostile.example.org/messages/3');
  await page.locator('#reply').waitFor();
  const tabId = await app.tabId(page);
  const shown = app.waitForTab((u) => u.includes('pending=1'));
  const outcome = await app.ext(async (api, bg, id) => {
    const tab = await api.tabs.get(id);
    return bg.tactfulMenuClick({ menuItemId: 'draft-polite-decline-selection', selectionText: 'We would like to invite you to an interview for the QA Lead role at Initech. Best, Dana Scully', editable: false, pageUrl: '' }, tab);
  }, tabId);
  // A click made by a test carries no activeTab grant, so the browser refuses the page.
  expect(outcome).toBe('shown:refused');
  const win = await shown;
  const draft = win.getByLabel('Draft');
  await expect.poll(() => draft.inputValue().catch(() => ''), { timeout: 10_000 }).toContain('QA Lead');
  const text = await draft.inputValue();
  await win.getByRole('button', { name: 'Copy' }).click();
  await expect.poll(() => win.getByRole('status').textContent()).toBe('Copied');
  await win.screenshot('other-sites-window');
  expect(await clipboard()).toBe(text);
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __copies: number }).__copies)).toBe(0);
  await win.close();
  await page.close();
});

test(`no request left the machine (${BROWSER})`, async () => {
  expect(await app.networkRequests()).toEqual([]);
});
