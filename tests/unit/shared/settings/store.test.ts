import '../../ui/i18n-setup';
import { describe, expect, it } from 'vitest';
import {
  BACKUPS_KEY, defaultSettings, listBackups, loadSettings, openSettings, resetSettings, saveSettings, updateSettings, type Settings,
  type SettingsAreas,
} from '../../../../src/shared/settings';
import { fakeAreas } from './fake-area';

// Today's shape, as the old code left it in storage.sync.
const SETTINGS_KEY = 'settings';
const inSync = (sync: Record<string, unknown>) => fakeAreas({ sync });
const loadBackup = async (areas: SettingsAreas) => (await listBackups(areas))[0] ?? null;

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
    const r = await loadSettings(fakeAreas());
    expect(r).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('reads what saveSettings wrote', async () => {
    const area = fakeAreas();
    expect(await saveSettings(area, mine)).toEqual({ ok: true, settings: mine, sync: { kind: 'synced' }, kept: null });
    expect(await loadSettings(area)).toEqual({ settings: mine, problems: [] });
  });

  it('migrates version 1 (name and tone only)', async () => {
    const area = inSync({ [SETTINGS_KEY]: { version: 1, name: 'Grace Hopper', tone: 'brief' } });
    const r = await loadSettings(area);
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual({ ...defaultSettings(), candidateName: 'Grace Hopper', defaultTone: 'brief' });
    expect(area.local.data.has(BACKUPS_KEY)).toBe(false); // reading writes nothing
  });

  it('migrates v1 values kept as top-level keys', async () => {
    const r = await loadSettings(inSync({ name: 'Grace', tone: 'formal' }));
    expect(r.settings.candidateName).toBe('Grace');
    expect(r.settings.defaultTone).toBe('formal');
  });

  it('migrates settings written with no version', async () => {
    const r = await loadSettings(inSync({ [SETTINGS_KEY]: { candidateName: 'Lin', signature: 'Lin Q.' } }));
    expect(r.problems).toEqual([]);
    expect(r.settings).toMatchObject({ version: 2, candidateName: 'Lin', signature: 'Lin Q.', defaultTone: 'warm' });
  });

  it('corrupt JSON: defaults, a plain problem, and the raw text kept as a backup', async () => {
    const area = inSync({ [SETTINGS_KEY]: '{"version":2,"candidateName":"Ada' });
    const r = await openSettings(area);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/damaged and could not be read/);
    expect(r.problems.join(' ')).toMatch(/copy of what was stored has been kept/);
    const backup = await loadBackup(area);
    expect(backup?.data).toBe('{"version":2,"candidateName":"Ada');
    expect(backup?.why).toMatch(/damaged/);
  });

  it('wrong types: keeps the good fields, reports each bad one, backs up the original', async () => {
    const stored = { version: 2, candidateName: 42, signature: 'S', defaultTone: 'shouty', language: 'de', templates: { 'decline/warm': 'not a list', 'nope/x': ['a'] } };
    const area = inSync({ [SETTINGS_KEY]: stored });
    const r = await openSettings(area);
    expect(r.settings).toMatchObject({ candidateName: '', signature: 'S', defaultTone: 'warm', language: 'de', templates: {} });
    expect(r.problems.some((p) => /name could not be read/.test(p))).toBe(true);
    expect(r.problems.some((p) => /default tone/.test(p))).toBe(true);
    expect(r.problems.some((p) => /decline\/warm could not be read/.test(p))).toBe(true);
    expect(r.problems.some((p) => /nope\/x/.test(p))).toBe(true);
    expect(JSON.parse((await loadBackup(area))!.data)).toEqual(stored);
  });

  it('writes the backup once, so pages reloading on storage changes do not loop', async () => {
    const area = inSync({ [SETTINGS_KEY]: 'garbage' });
    const r = await openSettings(area);
    await openSettings(area);
    await openSettings(area);
    await loadSettings(area);
    expect(area.local.writes.filter((w) => BACKUPS_KEY in w)).toHaveLength(1);
    expect(r.problems.join(' ')).toMatch(/copy of what was stored has been kept/);
  });

  it('unknown version: defaults, problem, backup', async () => {
    const area = inSync({ [SETTINGS_KEY]: { version: 7, candidateName: 'Future me' } });
    const r = await openSettings(area);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/different version of Tactful \(7\)/);
    expect(JSON.parse((await loadBackup(area))!.data)).toEqual({ version: 7, candidateName: 'Future me' });
  });

  it('a stored non-object (array, number) is reported, not thrown', async () => {
    const r = await loadSettings(inSync({ [SETTINGS_KEY]: [1, 2] }));
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/not in a form/);
  });

  it('a failing storage read gives defaults and a problem', async () => {
    const area = fakeAreas();
    area.local.get = async () => { throw new Error('Storage is disabled'); };
    const r = await loadSettings(area);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems[0]).toMatch(/could not be read \(Storage is disabled\)/);
  });

  it('storage.sync unreadable: this browser’s settings are in force and saves still work, marked not synced', async () => {
    const area = fakeAreas();
    await saveSettings(area, mine);
    area.sync.get = async () => { throw new Error('Sync is unavailable'); };
    expect(await loadSettings(area)).toEqual({ settings: mine, problems: [] });
    const r = await updateSettings(area, { candidateName: 'Still me' });
    expect(r).toMatchObject({ ok: true, sync: { kind: 'not-synced', why: 'error', detail: 'Sync is unavailable' } });
    expect((await loadSettings(area)).settings.candidateName).toBe('Still me');
  });

  it('storage.sync unreadable and nothing in this browser yet: defaults with the reason, and no save over what may be there', async () => {
    const area = fakeAreas({ sync: { settings: mine } });
    area.sync.get = async () => { throw new Error('Sync is unavailable'); };
    const r = await loadSettings(area);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems).toEqual(['Your settings could not be read (Sync is unavailable), so the defaults are in use.']);
    const u = await updateSettings(area, { candidateName: 'X' });
    expect(u.ok).toBe(false);
    expect(area.local.writes).toEqual([]);
  });

  it('says so when even the backup cannot be written, and then writes nothing over it', async () => {
    const area = inSync({ [SETTINGS_KEY]: 'garbage' });
    area.local.failWith = 'IO error';
    const r = await openSettings(area);
    expect(r.problems.join(' ')).toMatch(/could not keep a copy of what was stored \(IO error\), so it will not write over it/);
    expect(area.sync.data.get(SETTINGS_KEY)).toBe('garbage');
    expect(area.sync.writes).toEqual([]);
  });
});

describe('saveSettings', () => {
  it('the browser’s quota message for storage.local becomes a clear one, and nothing changes', async () => {
    const area = fakeAreas();
    area.local.failWith = 'QUOTA_BYTES quota exceeded';
    const r = await saveSettings(area, mine);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/this browser’s storage for Tactful is full/);
  });

  it('any other refusal is said in the browser’s words', async () => {
    const area = fakeAreas();
    area.local.failWith = 'IO error: corrupted';
    const r = await saveSettings(area, mine);
    expect(!r.ok && r.error).toBe('Not saved: the browser refused to store your settings (IO error: corrupted).');
  });

  it('sync refusing a write does not undo the save: saved here, and the outcome says sync failed and why', async () => {
    const area = fakeAreas();
    area.sync.failWith = 'Sync is disabled by policy';
    const r = await saveSettings(area, mine);
    expect(r).toMatchObject({ ok: true, sync: { kind: 'not-synced', why: 'error', detail: 'Sync is disabled by policy' } });
    expect((await loadSettings(area)).settings).toEqual(mine);
  });

  it('refuses invalid settings without writing', async () => {
    const area = fakeAreas();
    const r = await saveSettings(area, { ...mine, defaultTone: 'loud' as never });
    expect(r).toEqual({ ok: false, error: 'Not saved: Your default tone could not be read.' });
    expect(area.local.writes).toEqual([]);
    expect(area.sync.writes).toEqual([]);
  });

  it('two saves racing: the later call wins even when its write would finish first', async () => {
    const area = fakeAreas();
    area.local.delays = [30, 0]; // first write slow, second fast
    const a = saveSettings(area, { ...mine, candidateName: 'First' });
    const b = saveSettings(area, { ...mine, candidateName: 'Second' });
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.ok && rb.ok).toBe(true);
    expect((await loadSettings(area)).settings.candidateName).toBe('Second');
    expect(area.local.writes.map((w) => (w.settings as { settings: Settings } | undefined)?.settings.candidateName).filter(Boolean)).toEqual(['First', 'Second']);
  });

  it('two updates racing on different fields both land', async () => {
    const area = fakeAreas();
    await saveSettings(area, mine);
    area.local.delays = [20, 0];
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
    const area = fakeAreas();
    area.local.failWith = 'boom';
    const r1 = await saveSettings(area, mine);
    expect(!r1.ok && r1.error).toMatch(/refused to store your settings \(boom\)/);
    area.local.failWith = null;
    expect((await saveSettings(area, mine)).ok).toBe(true);
  });

  it('resetSettings stores the defaults and keeps a copy of what was there', async () => {
    const area = fakeAreas();
    await saveSettings(area, mine);
    const r = await resetSettings(area);
    expect(r.ok).toBe(true);
    expect((await loadSettings(area)).settings).toEqual(defaultSettings());
    const copy = await loadBackup(area);
    expect(copy?.why).toBe('Before resetting to the defaults.');
    expect(JSON.parse(copy!.data)).toEqual(mine);
    expect(r.ok && r.kept).toEqual(copy);
  });

  it('an import over settings keeps a copy of them first (not when nothing changes)', async () => {
    const area = fakeAreas();
    await saveSettings(area, mine);
    const imported = { ...mine, candidateName: 'From the file' };
    const r = await saveSettings(area, imported, { why: 'Before importing mine.json.' });
    expect(r.ok && r.kept?.why).toBe('Before importing mine.json.');
    expect(JSON.parse((await loadBackup(area))!.data)).toEqual(mine);
    const again = await saveSettings(area, imported, { why: 'Before importing mine.json.' });
    expect(again.ok && again.kept).toBeNull();
    expect(await listBackups(area)).toHaveLength(1);
  });
});
