// The UI in German, French and Spanish beside English (issue 17): every locale has exactly the
// English keys, the same placeholders, a real translation (not the English text left in), and a
// manifest name and description within the stores' limits. Adding a key to en/messages.json
// means adding it, translated, to every locale: this test says which key is missing where.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (lang: string): Record<string, Message> =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Message>;
const EN = read('en');
const LOCALES = ['de', 'fr', 'es'] as const;

// Legitimately the same as English: the product's name, key names of a keyboard, and messages
// that are only placeholders and punctuation. Anything else left in English is a missing translation.
const SAME_AS_ENGLISH: Record<(typeof LOCALES)[number], readonly string[]> = {
  de: ['panelTitle', 'popupTitle', 'composerPasteShortcutMac', 'verdictWithSignals', 'verdictSentence', 'optionsTemplateSummary'],
  fr: ['panelTitle', 'popupTitle', 'composerPasteShortcut', 'composerPasteShortcutMac', 'verdictSentence', 'optionsTemplateSummary', 'popupOptions'],
  es: ['panelTitle', 'popupTitle', 'composerPasteShortcut', 'composerPasteShortcutMac', 'verdictWithSignals', 'verdictSentence', 'optionsTemplateSummary', 'toneFormal'],
};

const names = (m: string): string[] => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();

describe('UI locales', () => {
  for (const lang of LOCALES) {
    const L = read(lang);
    it(`${lang}: exactly the English keys, none missing, none extra`, () => {
      expect(Object.keys(L).filter((k) => !(k in EN)), 'extra keys').toEqual([]);
      expect(Object.keys(EN).filter((k) => !(k in L)), 'missing keys').toEqual([]);
    });
    it(`${lang}: the same placeholders, each used in the message`, () => {
      for (const [key, en] of Object.entries(EN)) {
        const m = L[key];
        if (!m) continue;
        expect(Object.keys(m.placeholders ?? {}).sort(), key).toEqual(Object.keys(en.placeholders ?? {}).sort());
        expect(names(m.message), key).toEqual(names(en.message));
        for (const [name, p] of Object.entries(m.placeholders ?? {})) expect(p.content, `${key}.${name}`).toBe(en.placeholders?.[name]?.content);
      }
    });
    it(`${lang}: every message translated (only the listed ones may equal English)`, () => {
      const same = Object.keys(EN).filter((k) => L[k]?.message.trim() === EN[k]?.message.trim());
      expect(same.sort()).toEqual([...SAME_AS_ENGLISH[lang]].sort());
      for (const [key, m] of Object.entries(L)) expect(m.message.trim(), key).not.toBe('');
    });
    it(`${lang}: the manifest name and description fit the browsers’ limits`, () => {
      expect(L.extName?.message.length).toBeLessThanOrEqual(75);
      expect(L.extDescription?.message.length).toBeLessThanOrEqual(132);
    });
  }

  it('French puts a no-break space before : ? ! and inside « »', () => {
    for (const [key, m] of Object.entries(read('fr'))) {
      expect(m.message, key).not.toMatch(/[^\s\u00a0\d$]:(?!\/\/)|\S[?!]|«\S|\S»/u);
    }
  });

  it('the manifest takes its name and description from the locale', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { name: string; description: string; default_locale: string };
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
  });
});
