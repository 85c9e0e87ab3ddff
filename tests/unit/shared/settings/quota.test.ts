// Settings near the sync quota (issue 13, "Nothing the user wrote is lost"), against storage
// areas that enforce Chrome's real limits (fake-area.ts: 8,192 bytes an item counted as key +
// JSON value, 102,400 in all, 512 items): at 7, 8 and 8.2 KB per item and at the 100 KB total,
// nothing is refused for size, nothing is lost, and what the user is told is true.
import '../../ui/i18n-setup';
import { describe, expect, it } from 'vitest';
import {
  BACKUPS_KEY, LOCAL_KEY, MIRROR_KEY, defaultSettings, listBackups, loadSettings, openSettings, saveSettings, updateSettings,
  type SettingsAreas,
} from '../../../../src/shared/settings';
import { chromeItemBytes, fakeAreas, fakeFirefoxSync, fakeLocal, fakeSync, otherBrowser, type FakeArea } from './fake-area';
import { allTexts, itemSize, settingsOfBytes } from './sizes';

function expectWithinSyncLimits(sync: FakeArea) {
  for (const [k, v] of sync.data) expect(chromeItemBytes(k, v), k).toBeLessThanOrEqual(8_192);
  expect(sync.bytesInUse()).toBeLessThanOrEqual(102_400);
  expect(sync.data.size).toBeLessThanOrEqual(512);
  expect(sync.refused).toEqual([]);
}

const KB = 1024;

describe('settings near the 8 KB-per-item sync quota', () => {
  for (const [label, bytes] of [['7 KB', 7 * KB], ['8 KB', 8 * KB], ['8.2 KB', Math.round(8.2 * KB)]] as const) {
    it(`${label} as one item: saved whole, synced whole in items of at most 8,192 bytes, and another browser reads the same`, async () => {
      const areas = fakeAreas();
      const mine = settingsOfBytes(bytes);
      expect(itemSize(mine)).toBe(bytes);
      const r = await saveSettings(areas, mine);
      expect(r).toMatchObject({ ok: true, sync: { kind: 'synced' } });
      expectWithinSyncLimits(areas.sync);
      expect(await loadSettings(areas)).toEqual({ settings: mine, problems: [] });
      expect(await loadSettings(otherBrowser(areas))).toEqual({ settings: mine, problems: [] });
      // An edit of the name keeps every template.
      const u = await updateSettings(areas, { candidateName: 'Zoë B.' });
      expect(u.ok).toBe(true);
      expect((await loadSettings(otherBrowser(areas))).settings).toEqual({ ...mine, candidateName: 'Zoë B.' });
    });
  }

  for (const [browser, sync] of [['Chromium (“Resource::kQuotaBytesPerItem quota exceeded”)', fakeSync], ['Firefox (one quota message for all)', fakeFirefoxSync]] as const) {
    it(`about 7 KB of text that is over 8,192 bytes as one item, in ${browser}: saved and synced, never “storage is full”`, async () => {
      const areas = { local: fakeLocal(), sync: sync() };
      const template = 'Thank you for the invitation — I’m grateful; “Café” Zürich. '.repeat(100).slice(0, 5_000).replace(/ /g, '’');
      const mine = { ...defaultSettings(), candidateName: 'Zoë', signature: 'Zoë Brontë\n'.repeat(181).slice(0, 1_990), templates: { 'decline/warm': [template] } };
      expect(JSON.stringify(mine).length).toBeLessThan(7.2 * KB);
      expect(itemSize(mine)).toBeGreaterThan(8_192);
      const r = await updateSettings(areas, mine);
      expect(r).toMatchObject({ ok: true, sync: { kind: 'synced' } });
      expect(JSON.stringify(r)).not.toMatch(/full/);
      expect(areas.sync.refused).toEqual([]);
      expect((await loadSettings(otherBrowser(areas as never))).settings).toEqual(mine);
    });
  }

  it('`<`, U+2028 and control characters (six bytes each in Chrome’s JSON): the mirror’s items still fit', async () => {
    const areas = fakeAreas();
    const mine = { ...defaultSettings(), templates: { 'decline/warm': ['<'.repeat(5_000), '\u2028\u0001'.repeat(2_500)], 'decline/brief': ['“<”'.repeat(1_666)] } };
    expect(itemSize(mine)).toBeGreaterThan(3 * 8_192);
    expect((await saveSettings(areas, mine)).ok).toBe(true);
    expectWithinSyncLimits(areas.sync);
    expect((await loadSettings(otherBrowser(areas))).settings).toEqual(mine);
  });
});

describe('at the 100 KB sync total', () => {
  it('100 KB of settings: all saved in this browser; sync holds what fits and the result names each group left out', async () => {
    const areas = fakeAreas();
    const mine = settingsOfBytes(100 * KB);
    const r = await saveSettings(areas, mine);
    expect(r.ok).toBe(true);
    if (!r.ok || r.sync.kind !== 'partial') throw new Error(`expected a partial sync, got ${JSON.stringify(r)}`);
    expectWithinSyncLimits(areas.sync);
    expect((await loadSettings(areas)).settings).toEqual(mine);
    // The other browser gets everything but the groups named…
    const there = await loadSettings(otherBrowser(areas));
    for (const key of Object.keys(mine.templates)) {
      if (r.sync.omitted.includes(key)) expect(there.settings.templates[key]).toBeUndefined();
      else expect(there.settings.templates[key]).toEqual(mine.templates[key]);
    }
    expect(there.settings.candidateName).toBe(mine.candidateName);
    // …is told which, as a note (the popup's "settings could not be read" would not be true)…
    expect(there.problems).toEqual([]);
    const opened = await openSettings(otherBrowser(areas));
    expect(opened.notes.join(' ')).toContain(`Your templates for ${r.sync.omitted.join(', ')} are too large to sync`);
    expect(opened.problems).toEqual([]);
    // The reply types that matter most get the room first.
    expect(r.sync.omitted).not.toContain('decline/warm');
  });

  it('100 KB of settings in Firefox (its total counts 4 bytes more an item): the mirror still fits', async () => {
    const areas = { local: fakeLocal(), sync: fakeFirefoxSync() };
    for (let bytes = 95 * KB; bytes <= 102 * KB; bytes += 256) {
      const r = await saveSettings(areas, settingsOfBytes(bytes));
      expect(r.ok && ['synced', 'partial'].includes(r.sync.kind), `${bytes} bytes`).toBe(true);
      expect(areas.sync.refused).toEqual([]);
    }
  });

  it('right at the total, byte by byte, in Firefox: the mirror is never refused (its total counts 4 bytes more an item)', async () => {
    const withExtra = (extra: number) => {
      const variants = Array.from({ length: 10 }, (_, i) => `${i}${'’'.repeat(3_600)}`);
      variants[9] = `9${'x'.repeat(extra)}`;
      return { ...defaultSettings(), templates: { 'decline/warm': variants } };
    };
    // Where the group stops fitting by the items' sizes alone (Chrome's count)…
    let lo = 0;
    let hi = 4_990;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const r = await saveSettings(fakeAreas(), withExtra(mid));
      if (r.ok && r.sync.kind === 'synced') lo = mid; else hi = mid - 1;
    }
    // …and byte by byte around it in Firefox, whose total is stricter.
    const areas = { local: fakeLocal(), sync: fakeFirefoxSync() };
    const kinds = new Set<string>();
    for (let extra = lo - 80; extra <= lo + 10; extra++) {
      const r = await saveSettings(areas, withExtra(extra));
      expect(r.ok, `extra ${extra}`).toBe(true);
      if (r.ok) kinds.add(r.sync.kind);
      expect(areas.sync.refused, `extra ${extra}`).toEqual([]);
    }
    expect([...kinds].sort()).toEqual(['partial', 'synced']); // the boundary was crossed
  });

  it('a group too large for sync on its own is left out, smaller ones after it still sync', async () => {
    const areas = fakeAreas();
    const big = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(5_000)) ; // 50,000 characters
    const huge = Array.from({ length: 10 }, (_, i) => `${i}${'’'.repeat(4_999)}`); // 150 KB in UTF-8
    const mine = { ...defaultSettings(), templates: { 'decline/warm': huge, 'decline/formal': big, 'withdraw/brief': ['Short {company}'] } };
    const r = await saveSettings(areas, mine);
    expect(r).toMatchObject({ ok: true, sync: { kind: 'partial', omitted: ['decline/warm'] } });
    expectWithinSyncLimits(areas.sync);
    const there = (await loadSettings(otherBrowser(areas))).settings;
    expect(there.templates['withdraw/brief']).toEqual(['Short {company}']);
    expect(there.templates['decline/formal']).toEqual(big);
  });

  it('with other items already in sync (a newer Tactful’s 8 KB item), the mirror fits in what is left', async () => {
    const newer = { version: 3, blob: 'n'.repeat(8_000) };
    const areas = fakeAreas({ sync: { settings: newer } });
    const r = await saveSettings(areas, settingsOfBytes(98 * KB));
    expect(r.ok && r.sync.kind).toBe('partial');
    expectWithinSyncLimits(areas.sync);
    expect(areas.sync.data.get('settings')).toEqual(newer);
  });

  it('shrinking the templates removes the parts no longer needed', async () => {
    const areas = fakeAreas();
    await saveSettings(areas, settingsOfBytes(60 * KB));
    const parts = () => [...areas.sync.data.keys()].filter((k) => k.startsWith(`${MIRROR_KEY}.`)).length;
    expect(parts()).toBeGreaterThan(7);
    const r = await updateSettings(areas, { templates: { 'decline/warm': ['Now short'] } });
    expect(r).toMatchObject({ ok: true, sync: { kind: 'synced' } });
    expect(parts()).toBe(1);
    expect((await loadSettings(otherBrowser(areas))).settings.templates).toEqual({ 'decline/warm': ['Now short'] });
  });
});

describe('a settings item from a newer version near the quota', () => {
  const para = 'Dear {contact_name},\n"Thank you" for thinking of me.\n';
  const newerTemplates = Array.from({ length: 10 }, (_, i) => `${i}: ${para.repeat(13)}`);
  const newer = { version: 3, candidateName: 'Ada', signature: 'Ada Lovelace\nAnalytical Engines Ltd\n'.repeat(9), templates: { 'decline/warm': newerTemplates }, sendLater: true };

  it('is 7.7 KB; a copy is kept at once, and one edit of the name erases nothing anywhere', async () => {
    expect(chromeItemBytes('settings', newer)).toBeGreaterThan(7.6 * KB);
    expect(chromeItemBytes('settings', newer)).toBeLessThan(8_192);
    const areas = fakeAreas({ sync: { settings: newer } });
    const opened = await openSettings(areas);
    expect(opened.problems[0]).toMatch(/different version of Tactful \(3\)/);
    expect(opened.problems.join(' ')).toMatch(/copy of what was stored has been kept/);
    expect(JSON.parse(opened.kept!.data)).toEqual(newer);
    const u = await updateSettings(areas, { candidateName: 'Ada Lovelace' });
    expect(u.ok).toBe(true);
    // The newer version's item is where it was, untouched, and its copy is still kept.
    expect(areas.sync.data.get('settings')).toEqual(newer);
    const copies = await listBackups(areas);
    expect(copies.map((b) => JSON.parse(b.data))).toContainEqual(newer);
    expect(areas.local.data.has(BACKUPS_KEY) && areas.local.data.has(LOCAL_KEY)).toBe(true);
    expectWithinSyncLimits(areas.sync);
  });
});

describe('when a write is refused, the message says which and nothing is lost', () => {
  const mine = settingsOfBytes(8 * KB);

  it('sync refuses too many writes a minute: saved in this browser, “not synced” with why; the next open syncs', async () => {
    const areas = fakeAreas();
    areas.sync.writesLeft = 0;
    const r = await saveSettings(areas, mine);
    expect(r).toMatchObject({ ok: true, sync: { kind: 'not-synced', why: 'rate' } });
    expect((await loadSettings(areas)).settings).toEqual(mine);
    areas.sync.writesLeft = null;
    expect((await openSettings(areas)).sync).toEqual({ kind: 'synced' });
    expect((await loadSettings(otherBrowser(areas))).settings).toEqual(mine);
  });

  it('storage.local is full: not saved, says this browser’s storage is full, what was there stays', async () => {
    const areas: SettingsAreas & { local: FakeArea } = fakeAreas();
    await saveSettings(areas, mine);
    areas.local.limits.total = areas.local.bytesInUse() + 100;
    const r = await updateSettings(areas, { signature: 's'.repeat(1_000) });
    expect(r).toEqual({ ok: false, error: 'Not saved: this browser’s storage for Tactful is full. Remove some of your own templates or old copies, then try again.' });
    expect((await loadSettings(areas)).settings).toEqual(mine);
  });

  it('a copy that must be kept first cannot be written: not saved, and nothing is written over', async () => {
    const areas = fakeAreas({ sync: { settings: '{"version":2,"templates":{"decline/warm":["Keep me"]' } });
    areas.local.failWith = 'IO error: disk full';
    const r = await updateSettings(areas, { candidateName: 'Sam' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/could not first keep a copy of what was stored \(IO error: disk full\)\. Nothing was changed\./);
    expect(areas.sync.data.get('settings')).toContain('Keep me');
    expect(areas.sync.writes).toEqual([]);
  });

  it('every template survives a save, whatever the size (texts checked one by one)', async () => {
    const areas = fakeAreas();
    for (const bytes of [7 * KB, 8 * KB, 8.2 * KB, 100 * KB]) {
      const s = settingsOfBytes(Math.round(bytes));
      expect((await saveSettings(areas, s)).ok).toBe(true);
      expect(allTexts((await loadSettings(areas)).settings)).toEqual(allTexts(s));
    }
  });
});
