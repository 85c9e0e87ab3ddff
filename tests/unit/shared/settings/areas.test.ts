// Tactful's own count of an item (src/shared/settings/areas.ts) must never be below the
// browser's: the mirror is cut by it. Compared with the fake's count (written apart) on
// texts full of what costs more than it looks.
import { describe, expect, it } from 'vitest';
import { itemBytes } from '../../../../src/shared/settings';
import { classifyError } from '../../../../src/shared/settings/areas';
import { chromeItemBytes } from './fake-area';

const ALPHABET = ['a', 'Z', ' ', '\n', '\t', '"', '\\', '<', '>', '&', 'é', '’', '“', '€', '中', '😀', '\u2028', '\u2029', '\u0001', '\u007f', '\u00a0', '\u200b'];

function randomText(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += ALPHABET[x % ALPHABET.length];
  }
  return out;
}

describe('itemBytes', () => {
  it('equals Chrome’s count (key + JSON value in UTF-8, its escaping) on 300 mixed texts and values', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed, seed * 7);
      expect(itemBytes('settingsSync.3', text), text).toBe(chromeItemBytes('settingsSync.3', text));
      const value = { format: 1, rev: seed, omitted: [text.slice(0, 5)], nested: { t: [text, ''] } };
      expect(itemBytes('settingsSync', value)).toBe(chromeItemBytes('settingsSync', value));
    }
  });

  it('tells the browser’s quota messages apart, in Chrome’s words and Firefox’s', () => {
    expect(classifyError(new Error('Resource::kQuotaBytesPerItem quota exceeded'))).toBe('per-item');
    expect(classifyError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe('total');
    expect(classifyError(new Error('Resource::kMaxItems quota exceeded'))).toBe('items');
    expect(classifyError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('per-item');
    expect(classifyError(new Error('QUOTA_BYTES quota exceeded'))).toBe('total');
    expect(classifyError(new Error('MAX_ITEMS quota exceeded'))).toBe('items');
    expect(classifyError(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'))).toBe('rate');
    expect(classifyError(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'))).toBe('total');
    expect(classifyError('IO error')).toBe('other');
  });
});
