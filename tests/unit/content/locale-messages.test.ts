// @vitest-environment jsdom
// The insertion path's and the adapters' plain-words problems come from the locale files
// (public/_locales, issue 17's rule): with chrome.i18n reading en/messages.json they are the
// very English the code falls back to outside the extension (and the German, French and
// Spanish files carry the same keys: tests/unit/shared/locales.test.ts).
import { describe, expect, it } from 'vitest';
import '../ui/i18n-setup';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { insertAtTop } from '../../../src/content/insert';
import { problemNoReply } from '../../../src/content/sites/open-reply';
import { insertIntoReply } from '../../../src/content/reply';
import { gmail } from '../../../src/content/sites/gmail/adapter';
import { outlook } from '../../../src/content/sites/outlook/adapter';
import type { OpenMessage, Webmail } from '../../../src/content/sites/webmail';
import { GMAIL, OWA, loadFixture } from './sites/fixture-dom';

/** `f()` with and without chrome.i18n: the locale's text and the fallback. */
async function both<T>(f: () => T | Promise<T>): Promise<[T, T]> {
  const g = globalThis as { chrome?: unknown };
  const chrome = g.chrome;
  const localised = await f();
  g.chrome = undefined;
  try {
    return [localised, await f()];
  } finally {
    g.chrome = chrome;
  }
}

describe('content-script problems: messages.json says what the code says', () => {
  it('Reply not found / not this reply / page not as expected', async () => {
    const [a, b] = await both(() => problemNoReply('Gmail'));
    expect(a).toBe(b);
    expect(a).toMatch(/^Tactful could not find Gmail's Reply button/);
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = gmail.openMessages(document)[0]!;
    const refusing: Webmail = { ...gmail, replyEditor: () => document.createElement('div'), ownsEditor: () => false };
    const detached = await both(() => insertIntoReply(refusing, m, 'Hi', document));
    expect(detached[0]).toEqual(detached[1]);
    const stranger = document.body.appendChild(document.createElement('div'));
    const notOurs = await both(() => insertIntoReply({ ...refusing, replyEditor: () => stranger }, m, 'Hi', document));
    expect(notOurs[0]).toEqual(notOurs[1]);
    expect(notOurs[0]).toEqual({ ok: false, problem: expect.stringMatching(/could not make sure the open reply belongs to this message/) });
    const boom = await both(() => insertIntoReply({ ...gmail, replyEditor: () => { throw new Error('x'); } } as Webmail, m, 'Hi', document));
    expect(boom[0]).toEqual(boom[1]);
  });
  it('the timeout and the diagnose lines', async () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m: OpenMessage = gmail.openMessages(document)[0]!;
    document.querySelector('td.acX .DILLkc')!.removeAttribute('data-fixture-reply');
    const [a, b] = await both(() => gmail.openReply(m, document, 100));
    expect(a).toEqual(b);
    for (const el of document.querySelectorAll('[data-message-id]')) { el.removeAttribute('data-message-id'); el.removeAttribute('data-legacy-message-id'); }
    const g = await both(() => gmail.diagnose(document));
    expect(g[0]).toEqual(g[1]);
    expect(g[0]).toHaveLength(1);
    const o = loadFixture('outlook', `${OWA}/id/inv-greenhouse`).document;
    o.querySelector('.allowTextSelection')!.remove();
    const d = await both(() => outlook.diagnose(o));
    expect(d[0]).toEqual(d[1]);
    expect(d[0]).toHaveLength(1);
  });
  it('the editor-level problems (closed, refused, empty draft) speak the UI language', () => {
    const de = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const g = globalThis as { chrome?: unknown };
    const chrome = g.chrome;
    g.chrome = { i18n: { getMessage: (k: string) => de[k]?.message ?? '' } };
    try {
      const gone = document.createElement('div');
      expect(insertAtTop(gone, 'Hallo')).toEqual({ ok: false, problem: de['insertGone']!.message });
      const editor = document.body.appendChild(document.createElement('div'));
      expect(insertAtTop(editor, '  \n ')).toEqual({ ok: false, problem: de['insertNoText']!.message });
    } finally {
      g.chrome = chrome;
    }
    const [a, b] = [insertAtTop(document.createElement('div'), 'Hi'), (() => { g.chrome = undefined; try { return insertAtTop(document.createElement('div'), 'Hi'); } finally { g.chrome = chrome; } })()];
    expect(a).toEqual(b);
  });
});
