// Settings hardening, only where store.test.ts leaves gaps: two extension pages (popup and
// options, each its own copy of the module) saving at once, poisoned keys in stored JSON,
// user templates surviving a damaged neighbour field (kept in use and in the backup), and a
// refused write on the patch path.
import '../../ui/i18n-setup';
import { describe, expect, it, vi } from 'vitest';
import { fakeAreas } from './fake-area';
import { defaultSettings, listBackups, loadSettings, openSettings, saveSettings, updateSettings } from '../../../../src/shared/settings';

async function freshModule(): Promise<typeof import('../../../../src/shared/settings')> {
  vi.resetModules();
  return import('../../../../src/shared/settings');
}

describe('two windows saving at once', () => {
  it('two pages saving whole settings: the store ends with one complete, valid copy (no torn mix)', async () => {
    const area = fakeAreas();
    const popup = await freshModule();
    const options = await freshModule();
    area.local.delays.push(30, 0); // the first write is slow, the second overtakes it
    const a = popup.saveSettings(area, { ...defaultSettings(), candidateName: 'From popup', signature: 'Popup sig' });
    const b = options.saveSettings(area, { ...defaultSettings(), candidateName: 'From options', signature: 'Options sig' });
    expect((await a).ok).toBe(true);
    expect((await b).ok).toBe(true);
    for (const where of [area, { local: fakeAreas().local, sync: area.sync }]) {
      const { settings, problems } = await loadSettings(where);
      expect(problems).toEqual([]);
      // Whichever write landed last, it is one window's settings as a whole.
      expect([['From popup', 'Popup sig'], ['From options', 'Options sig']]).toContainEqual([settings.candidateName, settings.signature]);
    }
  });

  it('a page reading while another writes gets either the old or the new settings, never defaults with problems', async () => {
    const area = fakeAreas();
    await saveSettings(area, { ...defaultSettings(), candidateName: 'Old' });
    const other = await freshModule();
    area.local.delays.push(20);
    const writing = other.saveSettings(area, { ...defaultSettings(), candidateName: 'New' });
    const read = await loadSettings(area);
    await writing;
    expect(read.problems).toEqual([]);
    expect(['Old', 'New']).toContain(read.settings.candidateName);
  });
});

describe('poisoned stored JSON', () => {
  it('__proto__ / constructor keys are reported as unknown, never reach Object.prototype', async () => {
    const raw = '{"version":2,"candidateName":"Sam","__proto__":{"polluted":"yes"},"templates":{"__proto__":["x"],"constructor":["y"],"decline/warm":["Mine {{company}}"]}}';
    const area = fakeAreas({ sync: { settings: raw } });
    const { settings, problems } = await openSettings(area);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(settings.candidateName).toBe('Sam');
    expect(settings.templates['decline/warm']).toEqual(['Mine {{company}}']);
    expect(Object.keys(settings.templates)).toEqual(['decline/warm']);
    expect(problems.some((p) => /__proto__/.test(p))).toBe(true);
    // The same in the mirror another browser reads.
    const there = await loadSettings({ local: fakeAreas().local, sync: area.sync });
    expect(Object.keys(there.settings.templates)).toEqual(['decline/warm']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('user templates are never lost', () => {
  it('a damaged neighbour field: the templates stay in use and the backup holds them too', async () => {
    const stored = { version: 2, candidateName: 42, defaultTone: 'shouty', templates: { 'decline/warm': ['My own decline, {{contact_name}}.'] } };
    const area = fakeAreas({ sync: { settings: stored } });
    const { settings, problems } = await openSettings(area);
    expect(problems.length).toBeGreaterThan(0);
    expect(settings.templates['decline/warm']).toEqual(['My own decline, {{contact_name}}.']);
    const backups = await listBackups(area);
    expect(backups[0]?.data).toContain('My own decline, {{contact_name}}.');
  });

  it('corrupt JSON: defaults in use, a plain message, the damaged text (with the templates in it) in the backup', async () => {
    const raw = '{"version":2,"templates":{"decline/warm":["Keep me please"]},"candidateName":"Sam"'; // cut short
    const area = fakeAreas({ sync: { settings: raw } });
    const { settings, problems } = await openSettings(area);
    expect(settings).toEqual(defaultSettings());
    expect(problems.join(' ')).toMatch(/damaged/);
    expect((await listBackups(area))[0]?.data).toContain('Keep me please');
  });

  it('the settings in this browser damaged (another version wrote them): kept as a copy before the next save replaces them', async () => {
    const foreign = { format: 9, whatever: { templates: { 'decline/warm': ['Written by a future Tactful'] } } };
    const area = fakeAreas({ local: { settings: foreign } });
    const opened = await openSettings(area);
    expect(opened.problems[0]).toMatch(/stored in this browser are from another version of Tactful or damaged/);
    expect(JSON.parse(opened.kept!.data)).toEqual(foreign);
    expect((await updateSettings(area, { candidateName: 'Sam' })).ok).toBe(true);
    expect((await listBackups(area)).map((b) => JSON.parse(b.data))).toContainEqual(foreign);
  });

  it('refused on a patch (updateSettings): a clear message, and what was stored stays as it was', async () => {
    const area = fakeAreas();
    await saveSettings(area, { ...defaultSettings(), candidateName: 'Sam', templates: { 'decline/warm': ['Mine'] } });
    area.local.failWith = 'QUOTA_BYTES quota exceeded';
    const r = await updateSettings(area, { signature: 'A new signature' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/storage for Tactful is full/);
    area.local.failWith = null;
    const { settings } = await loadSettings(area);
    expect(settings.candidateName).toBe('Sam');
    expect(settings.signature).toBe('');
    expect(settings.templates['decline/warm']).toEqual(['Mine']);
  });
});
