import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY, SETTINGS_KEY, defaultSettings, loadBackup, loadSettings, resetSettings, saveSettings, updateSettings, type Settings,
} from '../../../../src/shared/settings';
import { fakeArea } from './fake-area';

const mine: Settings = {
  version: 2,
  candidateName: 'Ada Lovelace',
  signature: 'Ada\n+44 20 0000 0000',
  defaultTone: 'formal',
  defaultReason: 'not_a_fit',
  language: 'de',
  templates: { 'decline/warm': ['Dear {contact_name}, thank you — {candidate_name}'] },
};

describe('loadSettings', () => {
  it('gives the defaults and no problems when nothing is stored', async () => {
    const r = await loadSettings(fakeArea());
    expect(r).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('reads what saveSettings wrote', async () => {
    const area = fakeArea();
    expect(await saveSettings(area, mine)).toEqual({ ok: true });
    expect(await loadSettings(area)).toEqual({ settings: mine, problems: [] });
  });

  it('migrates version 1 (name and tone only)', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: { version: 1, name: 'Grace Hopper', tone: 'brief' } });
    const r = await loadSettings(area);
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual({ ...defaultSettings(), candidateName: 'Grace Hopper', defaultTone: 'brief' });
    expect(area.data.has(BACKUP_KEY)).toBe(false);
  });

  it('migrates v1 values kept as top-level keys', async () => {
    const r = await loadSettings(fakeArea({ name: 'Grace', tone: 'formal' }));
    expect(r.settings.candidateName).toBe('Grace');
    expect(r.settings.defaultTone).toBe('formal');
  });

  it('migrates settings written with no version', async () => {
    const r = await loadSettings(fakeArea({ [SETTINGS_KEY]: { candidateName: 'Lin', signature: 'Lin Q.' } }));
    expect(r.problems).toEqual([]);
    expect(r.settings).toMatchObject({ version: 2, candidateName: 'Lin', signature: 'Lin Q.', defaultTone: 'warm' });
  });

  it('corrupt JSON: defaults, a plain problem, and the raw text kept as a backup', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: '{"version":2,"candidateName":"Ada' });
    const r = await loadSettings(area);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/damaged and could not be read/);
    expect(r.problems.join(' ')).toMatch(/copy of what was stored has been kept/);
    const backup = await loadBackup(area);
    expect(backup?.data).toBe('{"version":2,"candidateName":"Ada');
    expect(backup?.why).toMatch(/damaged/);
  });

  it('wrong types: keeps the good fields, reports each bad one, backs up the original', async () => {
    const stored = { version: 2, candidateName: 42, signature: 'S', defaultTone: 'shouty', language: 'de', templates: { 'decline/warm': 'not a list', 'nope/x': ['a'] } };
    const area = fakeArea({ [SETTINGS_KEY]: stored });
    const r = await loadSettings(area);
    expect(r.settings).toMatchObject({ candidateName: '', signature: 'S', defaultTone: 'warm', language: 'de', templates: {} });
    expect(r.problems.some((p) => /name could not be read/.test(p))).toBe(true);
    expect(r.problems.some((p) => /default tone/.test(p))).toBe(true);
    expect(r.problems.some((p) => /decline\/warm could not be read/.test(p))).toBe(true);
    expect(r.problems.some((p) => /nope\/x/.test(p))).toBe(true);
    expect(JSON.parse((await loadBackup(area))!.data)).toEqual(stored);
  });

  it('writes the backup once, so pages reloading on storage changes do not loop', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: 'garbage' });
    await loadSettings(area);
    await loadSettings(area);
    const r = await loadSettings(area);
    expect(area.writes).toHaveLength(1);
    expect(r.problems.join(' ')).toMatch(/copy of what was stored has been kept/);
  });

  it('unknown version: defaults, problem, backup', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: { version: 7, candidateName: 'Future me' } });
    const r = await loadSettings(area);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/different version of Tactful \(7\)/);
    expect(JSON.parse((await loadBackup(area))!.data)).toEqual({ version: 7, candidateName: 'Future me' });
  });

  it('a stored non-object (array, number) is reported, not thrown', async () => {
    const r = await loadSettings(fakeArea({ [SETTINGS_KEY]: [1, 2] }));
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/not in a form/);
  });

  it('a failing storage read gives defaults and a problem', async () => {
    const area = fakeArea();
    area.get = async () => { throw new Error('Storage is disabled'); };
    const r = await loadSettings(area);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/could not be read \(Storage is disabled\)/);
  });

  it('says so when even the backup cannot be written', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: 'garbage' });
    area.failWith = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const r = await loadSettings(area);
    expect(r.problems.join(' ')).toMatch(/could not keep a copy/);
  });
});

describe('saveSettings', () => {
  it('turns QUOTA_BYTES_PER_ITEM into a clear message', async () => {
    const area = fakeArea();
    area.failWith = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const r = await saveSettings(area, mine);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/too large to save .*Shorten or remove some of your own templates/);
  });

  it('turns QUOTA_BYTES into a clear message', async () => {
    const area = fakeArea();
    area.failWith = 'QUOTA_BYTES quota exceeded';
    const r = await saveSettings(area, mine);
    expect(!r.ok && r.error).toMatch(/storage for Tactful is full/);
  });

  it('refuses an item larger than the area allows before writing', async () => {
    const area = Object.assign(fakeArea(), { QUOTA_BYTES_PER_ITEM: 8192 });
    const big = { ...mine, templates: { 'decline/warm': ['x'.repeat(4000), 'y'.repeat(4000), 'z'.repeat(400)] } };
    const r = await saveSettings(area, big);
    expect(!r.ok && r.error).toMatch(/too large/);
    expect(area.writes).toEqual([]);
  });

  it('refuses invalid settings without writing', async () => {
    const area = fakeArea();
    const r = await saveSettings(area, { ...mine, defaultTone: 'loud' as never });
    expect(r.ok).toBe(false);
    expect(area.writes).toEqual([]);
  });

  it('two saves racing: the later call wins even when its write would finish first', async () => {
    const area = fakeArea();
    area.delays = [30, 0]; // first write slow, second fast
    const a = saveSettings(area, { ...mine, candidateName: 'First' });
    const b = saveSettings(area, { ...mine, candidateName: 'Second' });
    expect(await Promise.all([a, b])).toEqual([{ ok: true }, { ok: true }]);
    expect((await loadSettings(area)).settings.candidateName).toBe('Second');
    expect(area.writes.map((w) => (w[SETTINGS_KEY] as Settings).candidateName)).toEqual(['First', 'Second']);
  });

  it('two updates racing on different fields both land', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: mine });
    area.delays = [20, 0];
    const [a, b] = await Promise.all([
      updateSettings(area, { candidateName: 'Grace' }),
      updateSettings(area, { signature: 'G.H.' }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const s = (await loadSettings(area)).settings;
    expect(s.candidateName).toBe('Grace');
    expect(s.signature).toBe('G.H.');
    expect(s.templates).toEqual(mine.templates);
  });

  it('a failed save does not block the next one', async () => {
    const area = fakeArea();
    area.failWith = 'boom';
    const first = saveSettings(area, mine);
    const r1 = await first;
    expect(!r1.ok && r1.error).toMatch(/could not be saved: boom/);
    area.failWith = null;
    expect(await saveSettings(area, mine)).toEqual({ ok: true });
  });

  it('resetSettings stores the defaults', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: mine });
    expect(await resetSettings(area)).toEqual({ ok: true });
    expect((await loadSettings(area)).settings).toEqual(defaultSettings());
  });
});
