// Issue 12, "only into the reply of the message the user chose", in real Chromium and
// Firefox: with another compose open that holds the user's own words (Gmail's floating New
// Message, a popped-out reply to another thread; Outlook's new mail docked in the reading
// pane, a pop-out reply to another conversation), insertIntoReply() — the path the panel,
// the popup and the context menu all take — writes only into this message's own reply and
// leaves the other compose byte-identical. When this message's reply cannot be opened, it
// says so and writes nowhere.
//
// Like insert.test.ts: the fixture webmails at their real URLs, our insertion path bundled
// on the fly and run in an isolated world (the kind of world a content script runs in).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleSrc } from './bundle-src';
import { launch, openWebmail, type App, type Tab } from './harness';

const DRAFT = 'Dear Priya,\n\nThank you for the invitation. Unfortunately I have to decline.\n\nBest regards,\nSam';


let code: string;
let app: App;
beforeAll(async () => {
  code = await bundleSrc("export { insertIntoReply } from './src/content/reply';\nexport { adapterFor } from './src/content/sites/index';\n", 'TactfulReply', 'tactful-reply-entry.ts');
  app = await launch({ extension: false });
});
afterAll(async () => {
  await app?.close();
});

/** The other compose as bytes (its editor's HTML and its fields), and every editor's text. */
const READ = `(() => {
  const other = document.getElementById('fixture-other');
  const root = other || document.querySelector('.fixture-other');
  const fields = root ? Array.from(root.querySelectorAll('input')).map((i) => i.value) : [];
  const ed = document.getElementById('fixture-other-editor');
  const mine = Array.from(document.querySelectorAll('[contenteditable="true"][aria-multiline="true"], [g_editable="true"][contenteditable="true"]'))
    .filter((e) => e.id !== 'fixture-other-editor').map((e) => e.innerText);
  return { html: ed ? ed.innerHTML : null, text: ed ? ed.innerText : null, fields, mine };
})()`;
type Read = { html: string | null; text: string | null; fields: string[]; mine: string[] };

/** Put the user's caret inside the other compose, as if they had just been typing there. */
const FOCUS_OTHER = `(() => { const ed = document.getElementById('fixture-other-editor'); ed.focus();
  const r = document.createRange(); r.selectNodeContents(ed); r.collapse(false); const s = getSelection(); s.removeAllRanges(); s.addRange(r); return document.activeElement === ed; })()`;

const INSERT = (open: string) => `(async () => {
  const a = TactfulReply.adapterFor(location.hostname);
  ${open}
  const [m] = a.openMessages(document);
  if (!m) return { error: 'no message' };
  return TactfulReply.insertIntoReply(a, m, ${JSON.stringify(DRAFT)}, document, 3000);
})()`;

interface Case {
  name: string;
  url: string;
  /** Extra page script before inserting (e.g. remove the Reply controls). */
  before?: string;
  ok: boolean;
}

const CASES: Case[] = [
  { name: 'Gmail, a floating New Message open', url: 'https://mail.google.com/mail/u/0/?other=mole#inbox/inv-greenhouse', ok: true },
  { name: 'Gmail, a popped-out reply to another thread open', url: 'https://mail.google.com/mail/u/0/?other=popout#inbox/inv-greenhouse', ok: true },
  { name: 'Gmail, New Message open and this reply pops out too', url: 'https://mail.google.com/mail/u/0/?other=mole&compose=popout#inbox/inv-de', ok: true },
  { name: 'Gmail, New Message open, older layout (reply area under the list)', url: 'https://mail.google.com/mail/u/0/?other=mole&layout=old#inbox/inv-slots', ok: true },
  { name: 'Gmail, New Message open and no Reply control', url: 'https://mail.google.com/mail/u/0/?other=mole#inbox/inv-greenhouse', ok: false,
    before: "for (const el of document.querySelectorAll('td.acX [role=\"button\"], td.acX button, .amn [role=\"link\"]')) el.remove();" },
  { name: 'Outlook, a new mail docked in the reading pane', url: 'https://outlook.office.com/mail/inbox/id/inv-greenhouse?other=newmail', ok: true },
  { name: 'Outlook, a pop-out reply to another conversation open', url: 'https://outlook.office.com/mail/inbox/id/inv-slots?other=popout', ok: true },
  { name: 'Outlook, a docked new mail and no Reply control', url: 'https://outlook.office.com/mail/inbox/id/inv-greenhouse?other=newmail', ok: false,
    before: "for (const el of document.querySelectorAll('[role=\"toolbar\"] button')) el.remove();" },
];

describe.each(CASES)('$name', (c) => {
  let page: Tab;
  let world: (expression: string) => Promise<unknown>;
  let before: Read;
  let after: Read;
  let result: { ok?: boolean; problem?: string; error?: string } | null;

  beforeAll(async () => {
    page = await app.newTab({ gmailCsp: true });
    await openWebmail(page, c.url);
    world = await page.isolatedWorld(code);
    expect(await world(FOCUS_OTHER)).toBe(true);
    before = (await world(READ)) as Read;
    result = (await world(INSERT(c.before ?? ''))) as typeof result;
    after = (await world(READ)) as Read;
    await page.screenshot(`reply-target-${c.name.replace(/[^a-z]+/gi, '-').toLowerCase()}`);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the other compose holds the user’s text before', () => {
    expect(before.text).toContain('here are my notes on the Q3 budget');
  });
  test('the other compose stays byte-identical (its HTML and its fields)', () => {
    expect(after.html).toBe(before.html);
    expect(after.fields).toEqual(before.fields);
  });
  if (c.ok) {
    test('the draft went into this message’s own reply, once', () => {
      expect(result, JSON.stringify(result)).toEqual({ ok: true });
      const withDraft = after.mine.filter((t) => t.includes('Unfortunately I have to decline.'));
      expect(withDraft).toHaveLength(1);
    });
  } else {
    test('it says in plain words that it found no Reply for this message, and offers the copy', () => {
      expect(result?.ok).toBe(false);
      expect(result?.problem).toMatch(/could not find (Gmail|Outlook)'s Reply button for this message.*copy the draft/);
      expect(after.mine.some((t) => t.includes('Unfortunately'))).toBe(false);
    });
  }
});

test('no request left the machine', () => {
  expect(app.stray).toEqual([]);
});
