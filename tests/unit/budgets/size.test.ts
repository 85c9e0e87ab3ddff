// Bundle budgets on the built extension (dist/chrome): the content script loads into every
// Gmail / Outlook tab, the popup on every toolbar click. Sizes are gzip (level 9), summed
// over every file the entry loads, transitively (scripts/bench/sizes.ts, shared with
// `npm run bench`). `npm test` builds before vitest runs; a missing dist/ is a failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGETS, distSizes, kb, type EntrySize } from '../../../scripts/bench/sizes';

const DIST = path.resolve(import.meta.dirname, '../../../dist/chrome');

function report(e: EntrySize, budget: number): string {
  const files = e.files.map((f) => `    ${f.file}: ${f.raw} B raw, ${f.gzip} B gzip`).join('\n');
  return `${e.name}: ${kb(e.gzip)} gzip (${e.gzip} B) of ${kb(budget)} budget, ${kb(e.raw)} raw, ${e.files.length} file(s)\n${files}`;
}

describe('bundle budgets (dist/chrome)', () => {
  test('dist/chrome exists (run `npm run build`; `npm test` builds first)', () => {
    expect(existsSync(path.join(DIST, 'manifest.json')), `${DIST}/manifest.json is missing: run \`npm run build\` first`).toBe(true);
  });

  test(`each webmail's content script ≤ ${kb(BUDGETS.content)} gzip, with everything it loads`, () => {
    const { contentScripts } = distSizes(DIST);
    // One script per webmail (scripts/manifests.ts), each with its own adapter only.
    expect(contentScripts.map((c) => c.files.map((f) => f.file)).flat().filter((f) => f.startsWith('src/content/')).sort()).toEqual(['src/content/gmail.js', 'src/content/outlook.js']);
    for (const c of contentScripts) {
      console.log(report(c, BUDGETS.content));
      expect(c.gzip, report(c, BUDGETS.content)).toBeLessThanOrEqual(BUDGETS.content);
    }
  });

  test('no content script carries webextension-polyfill or the other webmail\'s adapter', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[]; matches: string[] }> };
    for (const c of manifest.content_scripts) {
      const text = c.js.map((f) => readFileSync(path.join(DIST, f), 'utf8')).join('\n');
      // The polyfill's own error text, present in any bundle that includes it.
      expect(/This script should only be loaded in a browser extension/.test(text), `${c.js.join()} carries webextension-polyfill`).toBe(false);
      const gmail = c.matches.some((m) => m.includes('mail.google.com'));
      expect(c.matches.every((m) => m.includes('mail.google.com') === gmail), c.matches.join()).toBe(true);
      // Each adapter names itself (defineWebmail({ name })); the other's is absent.
      expect(/\bname:\s*["'`]gmail["'`]/.test(text), c.js.join()).toBe(gmail);
      expect(/\bname:\s*["'`]outlook["'`]/.test(text), c.js.join()).toBe(!gmail);
    }
  });

  test(`popup (html + every chunk it loads) ≤ ${kb(BUDGETS.popup)} gzip`, () => {
    const { popup } = distSizes(DIST);
    console.log(report(popup, BUDGETS.popup));
    expect(popup.files.some((f) => f.file.endsWith('.html'))).toBe(true);
    expect(popup.files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(popup.gzip, report(popup, BUDGETS.popup)).toBeLessThanOrEqual(BUDGETS.popup);
  });

  // Its 160 KB gzip budget is a bench figure (npm run bench, issue 14); what keeps it there,
  // and its start cheap, is tested here (scripts/worker-bundle.ts).
  test('the worker is one classic script of its own: no chunk shared with the pages, no webextension-polyfill', () => {
    const { background } = distSizes(DIST);
    console.log(`${background.name}: ${kb(background.gzip)} gzip (${background.gzip} B), ${background.files.map((f) => f.file).join(', ')}`);
    expect(background.files.map((f) => f.file)).toEqual([expect.stringMatching(/^assets\/background-[\w-]+\.js$/)]);
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as { background: Record<string, unknown> };
    // A module worker gets no V8 code cache in Chromium: it would compile everything at every start.
    expect(manifest.background).toEqual({ service_worker: background.files[0]!.file });
    const text = readFileSync(path.join(DIST, background.files[0]!.file), 'utf8');
    expect(/This script should only be loaded in a browser extension/.test(text), 'the worker carries webextension-polyfill').toBe(false);
    expect(/^"use strict";/.test(text), 'the classic worker runs in strict mode, as the modules it came from did').toBe(true);
  });
});
