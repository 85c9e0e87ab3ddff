// Issue 13, "read only what the user can see", in real Chromium and Firefox (real layout):
// an email hides lines the user cannot see — zero size, white on white, colour equal to its
// box, opacity 0, clipped, display/visibility, off-screen — and the adapters must not read
// them, so they cannot decide who is greeted or which role is named.
//
// The fixture webmails at their real URLs; the adapters bundled on the fly and run in an
// isolated world (as the content script runs); the message body is replaced by one whose
// visible text names no contact and no role, plus hidden lines that do.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleSrc } from './bundle-src';
import { launch, openWebmail, type App, type Tab } from './harness';
import { extractFields } from '../../src/analysis';


const VISIBLE = [
  'Hi Sam,',
  'Thank you for your application. We would like to invite you to an interview next week.',
  'Please let us know which day suits you.',
  'Best regards,',
  'The hiring team',
];

/** Lines the user cannot see, each hidden its own way (the examples first). */
const HIDDEN: Array<[string, string]> = [
  ['Kind regards, Mark Evans', 'font-size:0'],
  ['Role: Treasury Clerk', 'color:#ffffff'],
  ['Hidden opacity line', 'opacity:0'],
  ['Hidden clipped line', 'position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden'],
  ['Hidden zero box line', 'width:0;height:0;overflow:hidden'],
  ['Hidden max height line', 'max-height:0;overflow:hidden'],
  ['Hidden offscreen line', 'position:absolute;left:-9999px;top:0'],
  ['Hidden indent line', 'text-indent:-9999px;overflow:hidden;white-space:nowrap'],
  ['Hidden display line', 'display:none'],
  ['Hidden visibility line', 'visibility:hidden'],
  ['Hidden transparent line', 'color:transparent'],
  ['Hidden same colour box line', 'background:#f3f0e8;color:#f3f0e8'],
];

/** Replace the open message's body with VISIBLE plus HIDDEN, built node by node (Trusted Types). */
const REPLACE = (bodySel: string) => `(() => {
  const body = document.querySelector(${JSON.stringify(bodySel)});
  const box = document.createElement('div');
  box.style.background = '#ffffff';
  box.style.position = 'relative';
  const line = (text, style) => { const d = document.createElement('div'); d.textContent = text; if (style) d.setAttribute('style', style); box.appendChild(d); };
  const visible = ${JSON.stringify(VISIBLE)};
  const hidden = ${JSON.stringify(HIDDEN)};
  visible.slice(0, 3).forEach((t) => line(t, ''));
  hidden.forEach(([t, s]) => line(t, s));
  // A visible child inside a hidden-visibility parent shows (visibility is inherited, and reset here).
  const parent = document.createElement('div'); parent.style.visibility = 'hidden';
  const child = document.createElement('span'); child.style.visibility = 'visible'; child.textContent = 'Shown despite its parent';
  parent.appendChild(child); box.appendChild(parent);
  visible.slice(3).forEach((t) => line(t, ''));
  body.replaceChildren(box);
  return body.innerText;
})()`;

let code: string;
let app: App;
beforeAll(async () => {
  code = await bundleSrc("export { adapterFor } from './src/content/sites/index';\n", 'TactfulRead', 'tactful-visible-entry.ts');
  app = await launch({ extension: false });
});
afterAll(async () => {
  await app?.close();
});

const CASES = [
  { name: 'Gmail', url: 'https://mail.google.com/mail/u/0/#inbox/inv-greenhouse', body: '.a3s' },
  { name: 'Outlook', url: 'https://outlook.office.com/mail/inbox/id/inv-greenhouse', body: '[class*="rps_"]' },
];

describe.each(CASES)('$name reads the visible text only', (c) => {
  let page: Tab;
  let innerText: string;
  let read: { body: string; subject: string; fromName: string; fromEmail: string };

  beforeAll(async () => {
    page = await app.newTab({ gmailCsp: true });
    await openWebmail(page, c.url);
    innerText = (await page.evaluate(REPLACE(c.body))) as unknown as string;
    const world = await page.isolatedWorld(code);
    read = (await world(`(() => { const a = TactfulRead.adapterFor(location.hostname); const [m] = a.openMessages(document);
      return { body: m.body, subject: m.subject, fromName: m.fromName, fromEmail: m.fromEmail }; })()`)) as typeof read;
    await page.screenshot(`visible-text-${c.name.toLowerCase()}`);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the page really hides the lines from the eye only (innerText still has the issue’s two)', () => {
    expect(innerText).toContain('Kind regards, Mark Evans');
    expect(innerText).toContain('Role: Treasury Clerk');
  });
  test('every visible line is read, in order', () => {
    expect(read.body).toMatch(/^Hi Sam,\nThank you for your application\.[^]*Please let us know which day suits you\.[^]*Best regards,\nThe hiring team$/);
    expect(read.body).toContain('Shown despite its parent');
  });
  test.each(HIDDEN)('no hidden line is read: "%s" (%s)', (text) => {
    expect(read.body).not.toContain(text);
  });
  test('hidden lines decide neither the greeting nor the role', () => {
    const email = { subject: 'Interview invitation', fromName: read.fromName, fromEmail: read.fromEmail, body: read.body, receivedAt: '' };
    const fields = extractFields(email);
    expect(fields.contactName).not.toMatch(/Mark|Evans/);
    expect(fields.role).not.toMatch(/Treasury/);
    // What reading innerText did: the hidden signer and role were taken.
    const before = extractFields({ ...email, body: innerText });
    expect(`${before.contactName} | ${before.role}`).toMatch(/Mark|Treasury/);
  });
});
