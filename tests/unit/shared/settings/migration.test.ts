// From today's stored shape (one `settings` item in storage.sync, `settingsBackup` beside
// it, the earliest builds' top-level `name`/`tone`) to storage.local + the sync mirror, with
// nothing lost: every text the user wrote is in force afterwards and the old items are kept
// as copies before they are removed.
import '../../ui/i18n-setup';
import { describe, expect, it } from 'vitest';
import {
  LOCAL_KEY, MIRROR_KEY, defaultSettings, listBackups, loadSettings, openSettings, updateSettings, type Settings,
} from '../../../../src/shared/settings';
import { chromeItemBytes, fakeAreas, otherBrowser } from './fake-area';
import { allTexts, settingsOfBytes } from './sizes';

const KB = 1024;

describe('moving today’s shape', () => {
  for (const [label, bytes] of [['7 KB', 7 * KB], ['8 KB (the most today’s shape can hold)', 8 * KB]] as const) {
    it(`${label} in today’s shape: the same settings in force, a copy kept, the old items removed, the mirror written`, async () => {
      const mine = settingsOfBytes(bytes);
      const oldBackup = { at: '2026-01-05T10:00:00.000Z', why: 'Your name could not be read.', data: '{"candidateName":42}' };
      const areas = fakeAreas({ sync: { settings: mine, settingsBackup: oldBackup } });
      expect(chromeItemBytes('settings', mine)).toBe(bytes);
      // Before the options page ever opens, readers see the same settings and write nothing.
      expect(await loadSettings(areas)).toEqual({ settings: mine, problems: [] });
      expect(areas.local.writes).toEqual([]);
      const opened = await openSettings(areas);
      expect(opened).toMatchObject({ settings: mine, problems: [], sync: { kind: 'synced' } });
      expect((areas.local.data.get(LOCAL_KEY) as { settings: Settings }).settings).toEqual(mine);
      expect(areas.sync.data.has('settings')).toBe(false);
      expect(areas.sync.data.has('settingsBackup')).toBe(false);
      expect(areas.sync.data.has(MIRROR_KEY)).toBe(true);
      const copies = await listBackups(areas);
      expect(copies.map((c) => c.data)).toEqual([oldBackup.data, JSON.stringify(mine, null, 2)]);
      expect(copies[0]).toEqual(oldBackup); // the old copy keeps its date and reason
      expect(copies[1]!.why).toBe('Moved from where earlier versions of Tactful kept settings.');
      expect(allTexts((await loadSettings(otherBrowser(areas))).settings)).toEqual(allTexts(mine));
    });
  }

  it('moves once: opening again writes nothing and keeps one copy', async () => {
    const mine = settingsOfBytes(3 * KB);
    const areas = fakeAreas({ sync: { settings: mine } });
    await openSettings(areas);
    const writes = [areas.local.writes.length, areas.sync.writes.length];
    expect(await openSettings(areas)).toMatchObject({ settings: mine, problems: [] });
    expect([areas.local.writes.length, areas.sync.writes.length]).toEqual(writes);
    expect(await listBackups(areas)).toHaveLength(1);
  });

  it('the first edit after the update moves it too (a save without opening first)', async () => {
    const mine = settingsOfBytes(6 * KB);
    const areas = fakeAreas({ sync: { settings: mine } });
    expect((await updateSettings(areas, { candidateName: 'New name' })).ok).toBe(true);
    expect((await loadSettings(areas)).settings).toEqual({ ...mine, candidateName: 'New name' });
    expect(areas.sync.data.has('settings')).toBe(false);
    expect((await listBackups(areas)).map((b) => JSON.parse(b.data))).toEqual([mine]);
  });

  it('version 1 kept as top-level `name` and `tone`', async () => {
    const areas = fakeAreas({ sync: { name: 'Grace', tone: 'formal' } });
    const opened = await openSettings(areas);
    expect(opened.settings).toEqual({ ...defaultSettings(), candidateName: 'Grace', defaultTone: 'formal' });
    expect(areas.sync.data.has('name') || areas.sync.data.has('tone')).toBe(false);
    expect(JSON.parse((await listBackups(areas))[0]!.data)).toEqual({ version: 1, name: 'Grace', tone: 'formal' });
  });

  it('a damaged item: the good fields move, the problem is said, the whole item is kept as a copy before it goes', async () => {
    const stored = { version: 2, candidateName: 42, defaultTone: 'shouty', templates: { 'decline/warm': ['My own decline.'] } };
    const areas = fakeAreas({ sync: { settings: stored } });
    const opened = await openSettings(areas);
    expect(opened.settings.templates['decline/warm']).toEqual(['My own decline.']);
    expect(opened.problems.join(' ')).toMatch(/Your name could not be read\. It was left empty\./);
    expect(opened.problems.join(' ')).toMatch(/copy of what was stored has been kept/);
    expect(JSON.parse(opened.kept!.data)).toEqual(stored);
    expect(areas.sync.data.has('settings')).toBe(false);
  });

  it('corrupt JSON: defaults, a plain problem, the damaged text kept as a copy before the item goes', async () => {
    const raw = '{"version":2,"templates":{"decline/warm":["Keep me please"]},"candidateName":"Sam"';
    const areas = fakeAreas({ sync: { settings: raw } });
    const opened = await openSettings(areas);
    expect(opened.settings).toEqual(defaultSettings());
    expect(opened.problems[0]).toMatch(/damaged and could not be read/);
    expect(opened.kept?.data).toBe(raw);
    expect((await listBackups(areas))[0]!.data).toBe(raw);
    expect(areas.sync.data.has('settings')).toBe(false);
  });

  it('an older Tactful in another browser writes the old shape again: kept as a copy, not taken over, removed', async () => {
    const areas = fakeAreas();
    await updateSettings(areas, { candidateName: 'Current' });
    const fromOld = { ...defaultSettings(), candidateName: 'From an old version' };
    areas.sync.data.set('settings', fromOld);
    const opened = await openSettings(areas);
    expect(opened.settings.candidateName).toBe('Current');
    expect((await listBackups(areas)).map((b) => JSON.parse(b.data))).toContainEqual(fromOld);
    expect(areas.sync.data.has('settings')).toBe(false);
  });
});
