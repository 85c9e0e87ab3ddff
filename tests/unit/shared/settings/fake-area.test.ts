// The fake storage areas must refuse what Chrome refuses, or every quota test above proves
// nothing: one item over 8,192 bytes (key + JSON value, with Chrome's escaping), the total
// over 102,400, more than 512 items; a refused write changes nothing.
import { describe, expect, it } from 'vitest';
import { CHROME_ERRORS, chromeItemBytes, fakeFirefoxSync, fakeSync } from './fake-area';

describe('fakeSync enforces Chrome’s storage.sync limits', () => {
  it('counts an item as its key plus its value’s JSON in UTF-8, `<` and U+2028 as six bytes', () => {
    expect(chromeItemBytes('k', 'ab')).toBe(1 + 4);
    expect(chromeItemBytes('k', 'é')).toBe(1 + 4);
    expect(chromeItemBytes('k', '<')).toBe(1 + 8);
    expect(chromeItemBytes('k', '\u2028')).toBe(1 + 8);
    expect(chromeItemBytes('k', '\n"')).toBe(1 + 6);
    expect(chromeItemBytes('key', { a: [1, 'x'] })).toBe(3 + '{"a":[1,"x"]}'.length);
  });

  it('refuses one item over 8,192 bytes and accepts one of exactly 8,192', async () => {
    const area = fakeSync();
    const exact = 'x'.repeat(8_192 - 'k'.length - 2);
    await area.set({ k: exact });
    await expect(area.set({ k: `${exact}x` })).rejects.toThrow(CHROME_ERRORS.perItem);
    expect(area.data.get('k')).toBe(exact);
  });

  it('refuses a write that would pass 102,400 bytes in all, and writes none of it', async () => {
    const area = fakeSync();
    for (let i = 0; i < 12; i++) await area.set({ [`p${i}`]: 'x'.repeat(8_000) });
    await expect(area.set({ p12: 'x'.repeat(8_000), q: 'y' })).rejects.toThrow(CHROME_ERRORS.total);
    expect(area.data.has('q')).toBe(false);
    expect(area.bytesInUse()).toBeLessThanOrEqual(102_400);
  });

  it('refuses a 513th item', async () => {
    const area = fakeSync();
    await area.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`k${i}`, i])));
    await expect(area.set({ one: 'more' })).rejects.toThrow(CHROME_ERRORS.items);
  });

  it('Firefox’s total: all items as one JSON object (4 bytes more an item, and 1)', async () => {
    const area = fakeFirefoxSync();
    const items: Record<string, string> = {};
    for (let i = 0; i < 12; i++) items[`p${i}`] = 'x'.repeat(8_190 - `p${i}`.length);
    await area.set(items);
    await area.set({ rest: 'y'.repeat(4_037) }); // 102,347 by the items' sizes, 102,400 as one object
    await expect(area.set({ rest: 'y'.repeat(4_038) })).rejects.toThrow('exceeded its quota limitations');
  });

  it('Firefox’s wording: one message for every quota', async () => {
    const area = fakeFirefoxSync();
    await expect(area.set({ k: 'x'.repeat(9_000) })).rejects.toThrow('storage.sync API call exceeded its quota limitations');
    expect(area.QUOTA_BYTES_PER_ITEM).toBeUndefined();
  });
});
