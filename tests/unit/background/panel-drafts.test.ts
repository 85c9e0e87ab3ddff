// The user's edits in the panel, kept by the worker per tab and message (src/background/
// panel-drafts.ts): given back only to the same message with the same subject, forgotten
// when they are Tactful's own draft again or when the tab closes, and never a throw when
// storage.session refuses (the panel still holds the text).
import { describe, expect, test, vi } from 'vitest';

vi.mock('../../../src/background/ext', () => ({ default: {} }));
const { forgetTabDrafts, keepDraft, savedDraft } = await import('../../../src/background/panel-drafts');

function area() {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key: string | null) {
      return key === null ? { ...data } : key in data ? { [key]: data[key] } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, items);
    },
    async remove(keys: string | string[]) {
      for (const k of [keys].flat()) delete data[k];
    },
  };
}
const mine = { text: 'My own words, Sam', intent: 'reschedule' as const, subject: 'Interview' };

describe('panel drafts', () => {
  test('an edited draft comes back for the same message and subject only', async () => {
    const a = area();
    await keepDraft(3, 'm1', mine, true, a);
    expect(await savedDraft(3, 'm1', 'Interview', a)).toEqual(mine);
    expect(await savedDraft(3, 'm1', 'Another subject', a)).toBeUndefined();
    expect(await savedDraft(3, 'm2', 'Interview', a)).toBeUndefined();
    expect(await savedDraft(4, 'm1', 'Interview', a)).toBeUndefined();
  });

  test('Tactful’s own draft again (not edited) or an empty box forgets what was kept', async () => {
    const a = area();
    await keepDraft(3, 'm1', mine, true, a);
    await keepDraft(3, 'm1', { ...mine, text: 'Tactful draft' }, false, a);
    expect(await savedDraft(3, 'm1', 'Interview', a)).toBeUndefined();
    await keepDraft(3, 'm1', mine, true, a);
    await keepDraft(3, 'm1', { ...mine, text: '  \n' }, true, a);
    expect(a.data).toEqual({});
  });

  test('a closed tab forgets its drafts, and only its own', async () => {
    const a = area();
    await keepDraft(3, 'm1', mine, true, a);
    await keepDraft(3, 'm2', mine, true, a);
    await keepDraft(31, 'm1', mine, true, a);
    a.data.other = 1;
    await forgetTabDrafts(3, a);
    expect(Object.keys(a.data).sort()).toEqual(['other', 'panelDraft:31:m1']);
  });

  test('storage.session refusing or holding junk: no throw, nothing handed back', async () => {
    const broken = { get: () => Promise.reject(new Error('quota')), set: () => Promise.reject(new Error('quota')), remove: () => Promise.reject(new Error('x')) };
    await expect(keepDraft(3, 'm1', mine, true, broken)).resolves.toBeUndefined();
    await expect(savedDraft(3, 'm1', 'Interview', broken)).resolves.toBeUndefined();
    await expect(forgetTabDrafts(3, broken)).resolves.toBeUndefined();
    const a = area();
    a.data['panelDraft:3:m1'] = { text: 'x', intent: 'not-an-intent', subject: 'Interview' };
    expect(await savedDraft(3, 'm1', 'Interview', a)).toBeUndefined();
  });
});
