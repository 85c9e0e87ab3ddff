import { describe, expect, test } from 'vitest';
import { CATS, hits } from '../../../src/analysis/detect';
import { wordsRe, wordsSource } from '../../../src/analysis/util';

describe('the category regexes (src/analysis/detect.ts)', () => {
  test('each category is compiled once from its source; an empty list still gives a global never-match', () => {
    // detect.ts compiles wordsSource(...) with 'gu' directly (it used to compile wordsRe(...) and then its source again).
    const empty = new RegExp(wordsSource([]), 'gu');
    expect(empty.global).toBe(true);
    expect([...'anything at all'.matchAll(empty)]).toEqual([]);
    expect(wordsRe(['interview']).source).toBe(wordsSource(['interview']));
    expect(wordsRe([], 'giu').test('x')).toBe(false);
  });

  test('every category finds its words in lower-cased text', () => {
    expect(hits('interview', 'We would like to invite you to an INTERVIEW.')).toContain('interview');
    expect(hits('interview', 'Our quarterly newsletter is out.')).toEqual([]);
    for (const c of CATS) expect(() => hits(c, 'Some text, with words: interview, call, Termin.')).not.toThrow();
  });
});
