// Builds the fixture webmail pages in jsdom by running the same app scripts the browser
// tests serve (tests/fixtures/webmail/*), so unit tests and e2e share one DOM source.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

// A string, not new URL(): under the jsdom environment URL is jsdom's, which node:url rejects.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/webmail/');
const read = (name: string): string => readFileSync(DIR + name, 'utf8');

export interface FixtureApi {
  open(id: string): void;
  close(): void;
  rerender(): void;
  churn(n: number): void;
  state(): Record<string, unknown>;
}

export interface LoadedFixture {
  window: JSDOM['window'];
  document: Document;
  fixture: FixtureApi;
}

/** Load gmail.html or outlook.html at `url` (query and hash/path select the variant). */
export function loadFixture(kind: 'gmail' | 'outlook', url: string, inbox = 'demo'): LoadedFixture {
  const dom = new JSDOM(read(`${kind}.html`), { url, runScripts: 'outside-only', pretendToBeVisual: true });
  dom.window.eval(read(`inbox-${inbox}.js`));
  dom.window.eval(read(`${kind}-app.js`));
  const fixture = (dom.window as unknown as { fixture: FixtureApi }).fixture;
  if (!dom.window.document.getElementById('fixture-app-ready')) throw new Error('fixture app did not render');
  return { window: dom.window, document: dom.window.document, fixture };
}

export const GMAIL = 'https://mail.google.com/mail/u/0/';
export const OWA = 'https://outlook.office.com/mail/inbox';

/** Mouse sequence as a person (and the adapters) produce it. */
export function press(el: Element): void {
  const view = el.ownerDocument.defaultView!;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true }));
}

export function count(doc: Document, selector: string): number {
  return doc.querySelectorAll(selector).length;
}
