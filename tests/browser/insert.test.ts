// Insertion in a real editing engine (jsdom has none), in Chromium and in Firefox: the
// fixture webmail pages at their real URLs (Gmail with its Trusted Types CSP), and our
// insertAtTop plus the adapters run in an ISOLATED WORLD (Chromium: a CDP isolated world;
// Firefox: a BiDi sandbox), the kind of world a content script runs in. No extension here:
// the code under test is bundled on the fly and run directly.
//
// Checks: the user's typed text survives; our text lands at the top as the same paragraphs
// in both browsers; the page saw a trusted `input` event (insertText); one Ctrl+Z removes
// only our text; a user's selection inside the editor is not replaced; the adapters find
// and open the reply themselves; nothing trips Trusted Types; no request leaves the machine.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleSrc } from './bundle-src';
import { BROWSER, launch, openWebmail, type App, type Tab } from './harness';

const DRAFT = 'Dear Priya,\n\nThank you for the invitation.\nUnfortunately I have to decline.\n\nBest regards,\nSam';
const FIRST = 'Dear Priya,';
const TYPED = 'Typed by user first.';


/** Editor text and the page's event log (read from the <pre> mirror, as an isolated world would). */
function snapshot(editorSel: string): string {
  return `(() => { const e = document.querySelector(${JSON.stringify(editorSel)});
    return { text: e ? e.innerText : null, log: document.getElementById('fixture-log').textContent,
      focused: !!e && e.contains(document.activeElement) }; })()`;
}
type Snapshot = { text: string | null; log: string; focused: boolean };

/**
 * The editor's lines as the user sees them, one entry per line. innerText differs between
 * engines for the same paragraphs (Chromium renders an empty <div><br></div> between two
 * divs as two extra breaks), so runs of blank lines count as one blank line.
 */
const lines = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '');

let code: string;
let app: App;
beforeAll(async () => {
  code = await bundleSrc("export { insertAtTop } from './src/content/insert';\nexport { adapterFor } from './src/content/sites/index';\n", 'TactfulInsert', 'tactful-insert-entry.ts');
  app = await launch({ extension: false });
});
afterAll(async () => {
  await app?.close();
});

interface Case {
  name: string;
  url: string;
  gmailCsp: boolean;
  reply: string;
  editor: string;
  away: string;
  signature: string;
  press?: boolean;
}

const CASES: Case[] = [
  { name: 'gmail (Trusted Types CSP)', url: 'https://mail.google.com/mail/u/0/#inbox/inv-greenhouse', gmailCsp: true,
    reply: '.amn span.bkH', editor: '.M9 [g_editable="true"][contenteditable="true"]', away: 'h2.hP', signature: 'Sam Lee' },
  { name: 'gmail (no CSP, pop-out)', url: 'https://mail.google.com/mail/u/0/?compose=popout#inbox/inv-slots', gmailCsp: false,
    reply: 'td.acX .aaq', editor: '[role="dialog"] .M9 [g_editable="true"]', away: 'h2.hP', signature: 'Sam Lee', press: true },
  { name: 'outlook', url: 'https://outlook.office.com/mail/inbox/id/inv-greenhouse', gmailCsp: true,
    reply: 'button[aria-label="Reply"]', editor: '#editorParent_1 [contenteditable="true"][aria-multiline="true"]', away: '[role="heading"]', signature: 'Sam Lee' },
  { name: 'outlook.cloud.microsoft', url: 'https://outlook.cloud.microsoft/mail/inbox/id/inv-de', gmailCsp: true,
    reply: 'button[aria-label="Reply"]', editor: '#editorParent_1 [contenteditable="true"][aria-multiline="true"]', away: '[role="heading"]', signature: 'Sam Lee' },
];

describe.each(CASES)('insertAtTop in $name', (c) => {
  let page: Tab;
  let world: (expression: string) => Promise<unknown>;
  let before: Snapshot;
  let after: Snapshot;
  let outcome: { ok?: boolean; how?: string } | null;
  const problems: string[] = [];

  beforeAll(async () => {
    page = await app.newTab({ gmailCsp: c.gmailCsp });
    page.on('consoleerror', (m) => problems.push(m));
    page.on('pageerror', (m) => problems.push(m));
    await openWebmail(page, c.url);
    // The user opens the reply and types first.
    if (c.press) {
      const box = (await page.locator(c.reply).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    } else {
      await page.locator(c.reply).click();
    }
    await page.locator(c.editor).waitFor();
    await page.locator(c.editor).click({ position: { x: 12, y: 8 } }); // into the first (empty) line
    await page.keyboard.type(TYPED);
    // Then clicks elsewhere (our button), so the selection leaves the editor.
    await page.locator(c.away).click();
    world = await page.isolatedWorld(code);
    before = (await world(snapshot(c.editor))) as Snapshot;
    outcome = (await world(`TactfulInsert.insertAtTop(document.querySelector(${JSON.stringify(c.editor)}), ${JSON.stringify(DRAFT)}, document)`)) as typeof outcome;
    after = (await world(snapshot(c.editor))) as Snapshot;
    await page.screenshot(`insert-${c.name.replace(/[^a-z]+/gi, '-')}`);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('insertAtTop reports insertText', () => {
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true, how: 'insertText' });
  });
  test('our text is at the top', () => {
    expect(after.text?.startsWith(FIRST), JSON.stringify(after.text)).toBe(true);
  });
  test('the draft keeps its lines and blank lines, and the user’s text follows after one blank line', () => {
    expect(lines(after.text)).toMatch(/^Dear Priya,\n\nThank you for the invitation\.\nUnfortunately I have to decline\.\n\nBest regards,\nSam\n\nTyped by user first\./);
  });
  test('the signature is still there, below', () => {
    const theirs = after.text?.indexOf(TYPED) ?? -1;
    expect(theirs).toBeGreaterThan(0);
    expect((after.text ?? '').lastIndexOf(c.signature)).toBeGreaterThan(theirs);
  });
  test('the page saw a trusted input event (insertText)', () => {
    const newLog = after.log.slice(before.log.length).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type: string; inputType?: string; isTrusted: boolean });
    expect(newLog.some((e) => e.type === 'input' && e.inputType === 'insertText' && e.isTrusted === true), JSON.stringify(newLog)).toBe(true);
  });
  test('the editor has focus after insertion', () => {
    expect(after.focused).toBe(true);
  });
  test('one Ctrl+Z removes only our text', async () => {
    await page.keyboard.press('Control+z');
    const undone = (await world(snapshot(c.editor))) as Snapshot;
    expect(undone.text).toBe(before.text);
  });
  test('no page errors (Trusted Types included)', () => {
    expect(problems).toEqual([]);
  });
});

// The adapters open the reply themselves; a selection the user left inside the editor is
// neither replaced nor followed: the draft still goes to the top (product decision).
describe.each(['https://mail.google.com/mail/u/0/#inbox/inv-de', 'https://outlook.live.com/mail/inbox/id/inv-slots'])('adapter on %s', (url) => {
  test(`finds the message, opens the reply in ${BROWSER}, and keeps the user's selection`, async () => {
    const page = await app.newTab({ gmailCsp: true });
    await openWebmail(page, url);
    const world = await page.isolatedWorld(code);
    const opened = (await world(`(async () => {
      const a = TactfulInsert.adapterFor(location.hostname);
      const [m] = a.openMessages(document);
      const ed = await a.openReply(m, document, 3000);
      if (!ed || ed.problem) return { problem: ed && ed.problem };
      ed.setAttribute('data-test-editor', '');
      return { ok: true, adapter: a.name, from: m.fromName, body: m.body.slice(0, 40) };
    })()`)) as { ok?: boolean; body?: string } | null;
    expect(opened?.ok, JSON.stringify(opened)).toBe(true);
    // The body reads as paragraphs (innerText, blank lines kept single).
    expect(opened?.body ?? '').toMatch(/^(Sehr geehrter Herr Lee,\n\nvielen Dank|Hello Sam,\n\nThanks again)/);
    await page.keyboard.type('Hello, I will answer properly below.');
    // Select "properly" (the user's own selection), then insert.
    await world(`(() => { const ed = document.querySelector('[data-test-editor]');
      const w = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT); let n;
      while ((n = w.nextNode())) { const i = n.data.indexOf('properly'); if (i >= 0) {
        const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 8);
        const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true; } } return false; })()`);
    const outcome = (await world(`TactfulInsert.adapterFor(location.hostname).insert(document.querySelector('[data-test-editor]'), 'Draft from Tactful.')`)) as { ok?: boolean };
    const text = (await world(`document.querySelector('[data-test-editor]').innerText`)) as string;
    expect(outcome?.ok, JSON.stringify(outcome)).toBe(true);
    expect(text).toMatch(/^Draft from Tactful\.\n+Hello, I will answer properly below\./);
    await page.close();
  });
});

test('no request left the machine', async () => {
  expect(app.stray).toEqual([]);
  expect(await app.networkRequests()).toEqual([]);
});
