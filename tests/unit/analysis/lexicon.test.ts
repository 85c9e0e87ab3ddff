// Every lexicon entry is a regex source written inside a string, where a single backslash
// is silently dropped ('\w' becomes 'w') or turned into a control character ('\b' becomes a
// backspace). This compiles every entry, reads the lexicon sources for escapes that were
// lost, and checks that a new language is one file plus its LEXICONS entry.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LEXICONS } from '../../../src/analysis/lexicon';
import { hits } from '../../../src/analysis/detect';

const DIR = path.resolve(import.meta.dirname, '../../../src/analysis/lexicon');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');

describe('lexicons', () => {
  test('one file per language, each in LEXICONS once', () => {
    expect(FILES.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(LEXICONS.map((l) => l.lang).sort());
    expect(new Set(LEXICONS.map((l) => l.lang)).size).toBe(LEXICONS.length);
  });

  test.each(LEXICONS.map((l) => [l.lang, l] as const))('%s: every entry compiles and holds no control character', (_lang, lex) => {
    let n = 0;
    for (const [field, value] of Object.entries(lex)) {
      if (!Array.isArray(value)) continue;
      for (const entry of value) {
        if (entry instanceof RegExp || typeof entry !== 'string') continue;
        n++;
        expect(entry, `${field}: ${JSON.stringify(entry)}`).not.toMatch(/[\u0000-\u001f]/);
        expect(() => new RegExp(entry, 'iu'), `${field}: ${entry}`).not.toThrow();
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  test.each(FILES)('%s: no regex escape lost inside a quoted string', (file) => {
    const source = readFileSync(path.join(DIR, file), 'utf8');
    const lost: string[] = [];
    // Quoted strings only (regex literals /…/ keep their backslashes).
    for (const m of source.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g)) {
      // A backslash that is not itself escaped, before a regex escape letter or symbol.
      for (const e of m[0].matchAll(/(?<!\\)(?:\\\\)*\\([wWdDsSbBpPnt.()[\]{}?+*|^$\/-])/g)) {
        if (e[1] === "'" || e[1] === '"') continue;
        lost.push(`${m[0].slice(0, 60)} (\\${e[1]})`);
      }
    }
    expect(lost).toEqual([]);
  });
});

describe('the escape that was lost', () => {
  // The "confirmation" category, as the verdict's features read it (src/analysis/detect.ts).
  test('German "hiermit bestätigen wir Ihren Termin" is a confirmation', () => {
    expect(hits('confirmation', 'Sehr geehrter Herr Carter,\n\nhiermit bestätigen wir Ihren Termin am 12.03.2026 um 14:00 Uhr.')).toEqual(['hiermit bestätigen']);
  });
  test('Dutch "Hierbij bevestigd: uw sollicitatiegesprek …" is a confirmation', () => {
    expect(hits('confirmation', 'Beste Sam,\n\nHierbij bevestigd: uw sollicitatiegesprek op 12 maart om 14:00 uur.')).toEqual(['hierbij bevestigd']);
  });
});
