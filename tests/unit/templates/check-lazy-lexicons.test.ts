// The checker's words are built per language on first use (a cold worker that only analyses
// compiles none of them): every language still builds, once, and checking in one language
// gives the same findings before and after the others were built.
import { describe, expect, test } from 'vitest';
import { lexiconFor } from '../../../src/templates/check/lexicon';
import { negativeFor } from '../../../src/templates/check/negative';
import { checkTact } from '../../../src/templates/index';

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'und'] as const;

describe('checker lexicons, built on first use', () => {
  test('every language builds, and a second call returns the same lexicon', () => {
    for (const l of LANGS) {
      const lex = lexiconFor(l);
      expect(lex.greeting).toBeInstanceOf(RegExp);
      expect(lexiconFor(l)).toBe(lex);
    }
    for (const l of ['de', 'fr', 'es']) expect(negativeFor(l)).toBe(negativeFor(l));
    expect(negativeFor('en')).toBeUndefined();
    expect(negativeFor('und')).toBeUndefined();
  });

  test('a German criticism is found by the German lexicon, whatever was built before', () => {
    const body = 'Hallo Frau Weber,\n\nich sage das Gespräch ab. Das Gehalt ist zu niedrig.\n\nViele Grüße\nSam';
    const ctx = { intent: 'decline' as const, language: 'de' };
    const first = checkTact(body, ctx);
    expect(first.some((f) => f.rule === 'negativity')).toBe(true);
    for (const l of LANGS) lexiconFor(l);
    expect(checkTact(body, ctx)).toEqual(first);
  });
});
