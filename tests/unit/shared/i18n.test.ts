// UI strings live in public/_locales/en/messages.json (style.md item 8). This keeps the code
// and the file in step: every key the code asks for exists, every key in the file is used
// somewhere (UI, content script, service worker or manifest), and t() hands substitutions
// to chrome.i18n the way its placeholders expect.
import { EN, getMessage } from '../ui/i18n-setup';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t, tAround } from '../../../src/shared/i18n';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const UI_DIRS = ['src/ui', 'src/popup', 'src/options'];

function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(name)) out.push({ file: rel, text: readFileSync(path.join(ROOT, rel), 'utf8') });
  }
  return out;
}

const ui = UI_DIRS.flatMap(sources);
const all = sources('src');
const keys = Object.keys(EN);

/** Keys named directly: t('key'), t(x ? 'a' : 'b'), tAround('key', …). */
function calledKeys(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\b(?:t|tAround)\(\s*([^,)]*)/g)) {
    for (const q of m[1]!.matchAll(/'([^']*)'|"([^"]*)"/g)) found.push(q[1] ?? q[2]!);
  }
  return found;
}

/** Every quoted string in the code (keys also travel through maps: REASON_KEYS, TITLE_KEYS…). */
function literals(text: string): Set<string> {
  return new Set([...text.matchAll(/'([A-Za-z]\w*)'|"([A-Za-z]\w*)"/g)].map((m) => m[1] ?? m[2]!));
}

const KEY_LIKE = /^(composer|popup|options|panel|findings|verdict|error|intent|tone|reason|language)[A-Z]\w*$/;

describe('messages.json and the code', () => {
  it('finds the t() calls (the scan works)', () => {
    const called = ui.flatMap((s) => calledKeys(s.text));
    expect(called).toContain('composerInsert');
    expect(called).toContain('findingsChecking'); // t(cond ? 'findingsChecking' : …)
    expect(called).toContain('composerReplyingToSubject'); // tAround
    expect(called.length).toBeGreaterThan(100);
  });

  it('has every key the UI asks for', () => {
    for (const s of ui) {
      for (const k of calledKeys(s.text)) expect(EN[k]?.message, `${s.file}: t('${k}')`).toBeTruthy();
      // Keys passed through a map or helper (WORD, KIND_WORDS, option('decline', 'intentDecline')).
      for (const k of literals(s.text)) if (KEY_LIKE.test(k)) expect(EN[k]?.message, `${s.file}: '${k}'`).toBeTruthy();
    }
  });

  it('has no unused key', () => {
    const used = new Set<string>();
    for (const s of all) for (const k of literals(s.text)) used.add(k);
    for (const file of ['manifest.json', 'scripts/manifests.ts']) {
      for (const m of readFileSync(path.join(ROOT, file), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
    }
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('names keys in lowerCamelCase, each with a description', () => {
    for (const k of keys) {
      expect(k).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(EN[k]!.description, k).toBeTruthy();
    }
  });

  it('declares every $PLACEHOLDER$ a message uses, and uses every one it declares', () => {
    for (const [k, m] of Object.entries(EN)) {
      const inMessage = [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      const declared = Object.keys(m.placeholders ?? {}).map((x) => x.toLowerCase()).sort();
      expect([...new Set(inMessage)], k).toEqual(declared);
      for (const p of Object.values(m.placeholders ?? {})) expect(p.content, k).toMatch(/^\$[1-9]$/);
    }
  });

  it('keeps UI text out of the components: no JSX text or label attribute is a bare English word', () => {
    for (const s of ui.filter((x) => x.file.endsWith('.tsx'))) {
      expect(s.text.match(/(?<!=)>\s*[A-Z][a-z]+[^<>{}]*</g), s.file).toBeNull();
      expect(s.text.match(/\b(?:aria-label|title|placeholder|label)="[^"]*[A-Za-z]{2}/g), s.file).toBeNull();
    }
  });
});

describe('t()', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns the message in the browser’s locale', () => {
    expect(t('composerInsert')).toBe('Insert into reply');
    expect(t('panelTitle')).toBe('Tactful');
  });

  it('substitutes $1-style placeholders, named as in messages.json', () => {
    expect(t('optionsImported', 'mine.json')).toBe('Imported settings from mine.json.');
    expect(t('composerInsertFailedCopied', ['Couldn’t find Gmail’s reply box', 'Ctrl+V']))
      .toBe('Couldn’t find Gmail’s reply box, so the draft is on your clipboard — paste it with Ctrl+V.');
    expect(t('optionsTemplateSummary', ['Decline', 'Warm', '2'])).toBe('Decline · Warm (2)');
    // A dollar sign in a value stays as typed.
    expect(t('optionsImported', '$1 $$ $FILE$.json')).toBe('Imported settings from $1 $$ $FILE$.json.');
  });

  it('passes the substitutions to chrome.i18n.getMessage unchanged', () => {
    const spy = vi.spyOn(globalThis.chrome.i18n, 'getMessage');
    t('verdictWithSignals', ['Looks like an interview invitation', 'a time is proposed']);
    expect(spy).toHaveBeenLastCalledWith('verdictWithSignals', ['Looks like an interview invitation', 'a time is proposed']);
    t('composerCopy');
    expect(spy).toHaveBeenLastCalledWith('composerCopy');
  });

  it('falls back to the key when chrome.i18n has no message or fails', () => {
    expect(t('noSuchKey')).toBe('noSuchKey');
    vi.spyOn(globalThis.chrome.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(t('composerCopy')).toBe('composerCopy');
  });

  it('splits a message around one substitution, in the locale’s word order', () => {
    expect(tAround('composerReplyingToSubject', ['Maria', 'Interview'], 1)).toEqual(['Replying to Maria: “', '”']);
    vi.spyOn(globalThis.chrome.i18n, 'getMessage').mockImplementation((_k, s) => `«${(s as string[])[1]}» — ${(s as string[])[0]}`);
    expect(tAround('composerReplyingToSubject', ['Maria', 'Interview'], 1)).toEqual(['«', '» — Maria']);
  });

  it('substitutes like Chrome in the test double (named placeholders are case-insensitive)', () => {
    expect(getMessage('composerReplyingTo', 'Eve')).toBe('Replying to Eve');
    expect(getMessage('composerReplyingTo')).toBe('Replying to ');
    expect(getMessage('nope')).toBe('');
  });
});
