// @vitest-environment happy-dom
import '../ui/i18n-setup'; // chrome.i18n over messages.json: English names, as in the extension
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Options, type OptionsDeps, type StorageChanges } from '../../../src/options/Options';
import { LOCAL_KEY, MIRROR_KEY, defaultSettings, exportSettings, listBackups, loadSettings, saveSettings, type Settings } from '../../../src/shared/settings';
import { fakeAreas, otherBrowser, type FakeAreas } from '../shared/settings/fake-area';
import { settingsOfBytes } from '../shared/settings/sizes';
import { allByRole, byRole, choose, click, fakeClient, mount, settle, type, waitFor } from '../ui/helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

function setup(area: FakeAreas, over: Partial<OptionsDeps> = {}) {
  let listener: ((c: StorageChanges, areaName: string) => void) | null = null;
  const download = vi.fn();
  const client = fakeClient();
  const deps: OptionsDeps = {
    client,
    areas: area,
    download,
    debounceMs: 10,
    onChanged: (l) => { listener = l; return () => { listener = null; }; },
    ...over,
  };
  // A change as the browser reports it; the page reloads what is stored, so store it first.
  const fire = async (c: StorageChanges, areaName = 'local') => {
    await act(() => listener?.(c, areaName));
    await settle(10);
  };
  return { deps, download, client, fire };
}

async function open(area: FakeAreas, over: Partial<OptionsDeps> = {}) {
  const s = setup(area, over);
  const m = await mount(<Options deps={s.deps} />);
  cleanup = m.unmount;
  await waitFor(() => allByRole(m.root, 'textbox', 'Your name (signs your replies)').length === 1, 'loaded');
  return { ...s, ...m };
}

/** What this browser holds (storage.local), as the page would load it. */
const stored = (area: FakeAreas) => (area.local.data.get(LOCAL_KEY) as { settings: Settings } | undefined)?.settings;
/** Settings saved by another window of this browser (through the store, as that window would). */
async function savedElsewhere(area: FakeAreas, s: Settings) {
  expect((await saveSettings(area, s)).ok).toBe(true);
}
const status = (root: HTMLElement) => byRole(root, 'status').textContent ?? '';

async function importFile(root: HTMLElement, name: string, text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
}

describe('Options', () => {
  it('saves on change with a visible "Saved"', async () => {
    const area = fakeAreas();
    const { root } = await open(area);
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada Lovelace');
    await type(byRole(root, 'textbox', 'Signature (below your name)'), 'Ada\nAnalyst');
    await choose(byRole(root, 'combobox', 'Default tone'), 'formal');
    await choose(byRole(root, 'combobox', 'Reply language'), 'fr');
    await waitFor(() => byRole(root, 'status').textContent === 'Saved', 'saved');
    expect(stored(area)).toMatchObject({ candidateName: 'Ada Lovelace', signature: 'Ada\nAnalyst', defaultTone: 'formal', language: 'fr' });
    expect(area.local.writes.length).toBe(1); // debounced into one write
  });

  it('two windows: a save from elsewhere while editing here keeps both changes', async () => {
    const area = fakeAreas();
    const { root, fire } = await open(area, { debounceMs: 150 });
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada Lovelace');
    // Meanwhile another options window saves a signature (it read the store before our edit).
    const theirs = { ...defaultSettings(), signature: 'Written elsewhere' };
    await savedElsewhere(area, theirs);
    await fire({ [LOCAL_KEY]: { newValue: {} } });
    expect((byRole(root, 'textbox', 'Signature (below your name)') as HTMLTextAreaElement).value).toBe('Written elsewhere');
    await waitFor(() => byRole(root, 'status').textContent === 'Saved', 'saved');
    expect(stored(area)).toMatchObject({ candidateName: 'Ada Lovelace', signature: 'Written elsewhere' });
  });

  it('Firefox’s order: the change event of our own save, arriving before set() resolves, is not taken for another window’s (one write, then "Saved")', async () => {
    const area = fakeAreas();
    let echo: ((c: StorageChanges, areaName: string) => void) | null = null;
    for (const name of ['local', 'sync'] as const) {
      const write = area[name].set.bind(area[name]);
      // Firefox fires storage.onChanged for a write before that write's promise resolves.
      area[name].set = async (items) => {
        await write(items);
        const changes: StorageChanges = {};
        for (const [k, v] of Object.entries(items)) changes[k] = { newValue: structuredClone(v) };
        act(() => echo?.(changes, name));
      };
    }
    const { root } = await open(area, { onChanged: (l) => { echo = l; return () => { echo = null; }; } });
    const before = area.local.writes.length;
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada Lovelace');
    await waitFor(() => status(root) === 'Saved', 'saved');
    await new Promise((r) => setTimeout(r, 100)); // a loop would write again within a few debounces
    expect(area.local.writes.length - before).toBe(1);
    expect(stored(area)).toMatchObject({ candidateName: 'Ada Lovelace' });
  });

  it('shows a full storage.local in plain words', async () => {
    const area = fakeAreas();
    const { root } = await open(area);
    area.local.failWith = 'QUOTA_BYTES quota exceeded';
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada');
    await waitFor(() => status(root).includes('this browser’s storage for Tactful is full'), 'quota message');
    expect(byRole(root, 'status').className).toContain('tf-problem');
  });

  it('edits template variants with preview and live findings', async () => {
    const area = fakeAreas();
    const { root, client } = await open(area);
    expect(root.textContent).toContain('{contact_name}');
    await click(byRole(root, 'button', 'Add a variant'));
    const v1 = byRole<HTMLTextAreaElement>(root, 'textbox', 'Variant 1');
    expect(v1.value).toContain('{contact_name}');
    await type(v1, 'Dear {contact_name}, I am not interested. {mood}');
    await waitFor(() => (root.querySelector('.tf-preview')?.textContent ?? '') === 'Dear Maria Lopez, I am not interested. {mood}', 'preview');
    await waitFor(() => (root.textContent ?? '').includes('“Not interested” reads as blunt.'), 'finding');
    expect(client.checks.at(-1)).toBe('Dear Maria Lopez, I am not interested. {mood}');
    expect(root.textContent).toContain('Tactful doesn’t know {mood}');
    await click(byRole(root, 'button', 'Add a variant'));
    await type(byRole(root, 'textbox', 'Variant 2'), 'Second');
    await waitFor(() => stored(area)?.templates['decline/warm']?.length === 2, 'saved 2');
    await click(byRole(root, 'button', 'Remove variant 1'));
    await waitFor(() => JSON.stringify(stored(area)?.templates) === JSON.stringify({ 'decline/warm': ['Second'] }), 'removed');
    await choose(byRole(root, 'combobox', 'Templates for'), 'reschedule');
    expect(allByRole(root, 'textbox', /^Variant/)).toHaveLength(0);
    expect(root.textContent).toContain('Decline · Warm (1)');
  });

  it('exports as a download and as text to copy', async () => {
    const area = fakeAreas({ sync: { settings: { ...defaultSettings(), candidateName: 'Ada' } } });
    const { root, download } = await open(area);
    await click(byRole(root, 'button', 'Export settings'));
    const json = exportSettings({ ...defaultSettings(), candidateName: 'Ada' });
    expect(download).toHaveBeenCalledWith('tactful-settings.json', json);
    expect(byRole<HTMLTextAreaElement>(root, 'textbox', /^Exported settings/).value).toBe(json);
  });



  it('imports a valid file and saves it', async () => {
    const area = fakeAreas();
    const { root } = await open(area);
    const mine = { ...defaultSettings(), candidateName: 'Grace', templates: { 'withdraw/brief': ['Short {company}'] } };
    await importFile(root, 'mine.json', exportSettings(mine));
    await waitFor(() => byRole(root, 'status').textContent === 'Imported and saved', 'imported');
    expect(root.textContent).toContain('Imported settings from mine.json.');
    expect(stored(area)).toEqual(mine);
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('Grace');
  });

  it('rejects an invalid file with a clear error and changes nothing', async () => {
    const before = { ...defaultSettings(), candidateName: 'Ada' };
    const area = fakeAreas();
    await saveSettings(area, before);
    const { root } = await open(area);
    const writes = area.local.writes.length;
    await importFile(root, 'bad.json', JSON.stringify({ ...before, candidateName: 'Mallory', defaultTone: 'rude' }));
    await waitFor(() => !!root.querySelector('[role="alert"]'), 'error');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Nothing was changed: Your default tone could not be read.');
    expect(stored(area)).toEqual(before);
    expect(area.local.writes).toHaveLength(writes);
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('Ada');
  });

  it('reset asks first, then restores the defaults and keeps a copy to download', async () => {
    const area = fakeAreas();
    await saveSettings(area, { ...defaultSettings(), candidateName: 'Ada' });
    const { root, download } = await open(area);
    await click(byRole(root, 'button', 'Reset to defaults'));
    expect(root.textContent).toContain('Reset every setting to its default?');
    await click(byRole(root, 'button', 'Cancel'));
    expect(stored(area)?.candidateName).toBe('Ada');
    await click(byRole(root, 'button', 'Reset to defaults'));
    await click(byRole(root, 'button', 'Reset'));
    await waitFor(() => status(root).startsWith('Reset to defaults'), 'reset');
    expect(status(root)).toBe('Reset to defaults. A copy of your previous settings is kept under “Copies Tactful kept”.');
    expect(stored(area)).toEqual(defaultSettings());
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('');
    await waitFor(() => (root.querySelector('.tf-backups')?.textContent ?? '').includes('Before resetting to the defaults.'), 'listed');
    const [copy] = await listBackups(area);
    const button = allByRole(root, 'button', /^Download the copy of /)[0]!;
    await click(button);
    expect(download).toHaveBeenLastCalledWith(expect.stringMatching(/^tactful-settings-copy-\d{14}\.json$/), copy!.data);
    expect(JSON.parse(copy!.data).candidateName).toBe('Ada');
  });

  it('shows the problems banner and offers the backup for download', async () => {
    const area = fakeAreas({ sync: { settings: '{"version":2,"candidateName":"Ad' } });
    const { root, download } = await open(area);
    const banner = root.querySelector('.tf-banner')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('damaged and could not be read');
    expect((await listBackups(area)).length).toBe(1);
    await click(byRole(root, 'button', 'Download a copy of what was stored'));
    await waitFor(() => download.mock.calls.length === 1, 'download');
    expect(download).toHaveBeenCalledWith('tactful-settings-backup.json', '{"version":2,"candidateName":"Ad');
  });

  it('picks up a save from another window', async () => {
    const area = fakeAreas();
    const { root, fire } = await open(area);
    await savedElsewhere(area, { ...defaultSettings(), candidateName: 'From the other window' });
    await fire({ [LOCAL_KEY]: { newValue: {} } });
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('From the other window');
    expect(byRole(root, 'status').textContent).toContain('another window');
  });

  it('does not let another window’s save drop unsaved edits here', async () => {
    const area = fakeAreas();
    const { root, fire } = await open(area, { debounceMs: 50 });
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Mine');
    await savedElsewhere(area, { ...defaultSettings(), candidateName: 'Theirs' });
    await fire({ [LOCAL_KEY]: { newValue: {} } });
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('Mine');
    await waitFor(() => stored(area)?.candidateName === 'Mine', 'mine saved');
  });

  it('picks up a save from another browser (through sync)', async () => {
    const area = fakeAreas();
    const { root, fire } = await open(area);
    await saveSettings(otherBrowser(area), { ...defaultSettings(), candidateName: 'From my laptop' });
    await fire({ [MIRROR_KEY]: { newValue: {} } }, 'sync');
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('From my laptop');
    expect(status(root)).toBe('Updated with changes saved in another window or browser.');
  });
});

describe('Options near the sync quota: what the page says is true', () => {
  const KB = 1024;

  it('an 8.2 KB set of settings: an edit says “Saved”, and it is saved whole here and in sync', async () => {
    const area = fakeAreas();
    const big = settingsOfBytes(Math.round(8.2 * KB));
    await saveSettings(area, big);
    const { root } = await open(area);
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Zoë B.');
    await waitFor(() => status(root) === 'Saved', 'saved');
    expect(stored(area)).toEqual({ ...big, candidateName: 'Zoë B.' });
    expect((await loadSettings(otherBrowser(area))).settings).toEqual({ ...big, candidateName: 'Zoë B.' });
  });

  it('at the 100 KB sync total: “Saved in this browser”, and the groups that do not sync are named', async () => {
    const area = fakeAreas();
    const { root } = await open(area);
    await importFile(root, 'huge.json', exportSettings(settingsOfBytes(100 * KB)));
    await waitFor(() => status(root).startsWith('Saved in this browser.'), 'partial');
    expect(status(root)).toMatch(/^Saved in this browser\. Too large to sync to your other browsers, so kept here only: your templates for ([^,.·]+ · [^,.·]+(, )?)+\.$/);
    expect(status(root)).not.toMatch(/is full|Imported and saved/);
    expect(root.textContent).toContain(`Imported settings from huge.json. ${status(root)}`);
  });

  it('another browser opening 100 KB of settings: says which templates stayed in the first one, and no problem banner', async () => {
    const first = fakeAreas();
    const r = await saveSettings(first, settingsOfBytes(100 * KB));
    if (!r.ok || r.sync.kind !== 'partial') throw new Error('expected a partial mirror');
    const { root } = await open(otherBrowser(first));
    expect(status(root)).toBe(`Your templates for ${r.sync.omitted.join(', ')} are too large to sync, so they are only in the browser where you wrote them.`);
    expect(root.querySelector('.tf-banner')).toBeNull();
  });

  it('an oversized import (8.2 KB as one item) says “Imported” only once it is saved, and nothing says “too large”', async () => {
    const area = fakeAreas();
    const { root } = await open(area);
    const big = settingsOfBytes(Math.round(8.2 * KB));
    await importFile(root, 'big.json', exportSettings(big));
    await waitFor(() => status(root) === 'Imported and saved', 'imported');
    expect(root.textContent).toContain('Imported settings from big.json.');
    expect(root.textContent).not.toMatch(/too large|is full/);
    expect(stored(area)).toEqual(big);
  });

  it('an import whose save is refused says it was not imported, and the page still shows the settings that are stored', async () => {
    const area = fakeAreas();
    await saveSettings(area, { ...defaultSettings(), candidateName: 'Ada' });
    const { root } = await open(area);
    area.local.failWith = 'QUOTA_BYTES quota exceeded';
    await importFile(root, 'big.json', exportSettings(settingsOfBytes(8 * KB)));
    await waitFor(() => !!root.querySelector('[role="alert"]'), 'error');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'big.json was not imported: Not saved: Tactful could not first keep a copy of what was stored (QUOTA_BYTES quota exceeded). Nothing was changed. Your settings are as they were.');
    expect(root.textContent).not.toContain('Imported settings from');
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('Ada');
    expect(stored(area)?.candidateName).toBe('Ada');
  });

  it('an import over settings keeps a copy of them, and says so', async () => {
    const area = fakeAreas();
    await saveSettings(area, { ...defaultSettings(), candidateName: 'Ada', templates: { 'decline/warm': ['My old one'] } });
    const { root } = await open(area);
    await importFile(root, 'new.json', exportSettings({ ...defaultSettings(), candidateName: 'Grace' }));
    await waitFor(() => status(root) === 'Imported and saved', 'imported');
    expect(root.textContent).toContain('Imported settings from new.json. A copy of your previous settings is kept under “Copies Tactful kept”.');
    const [copy] = await listBackups(area);
    expect(copy!.why).toBe('Before importing new.json.');
    expect(JSON.parse(copy!.data).templates).toEqual({ 'decline/warm': ['My old one'] });
  });

  it('a 7.7 KB settings item from a newer version: the banner offers its copy; an edit of the name erases nothing', async () => {
    const newer = { version: 3, candidateName: 'Ada', templates: { 'decline/warm': Array.from({ length: 10 }, (_, i) => `${i} ${'Dear {contact_name}, “thank you”.\n'.repeat(20)}`) } };
    const area = fakeAreas({ sync: { settings: newer } });
    const { root, download } = await open(area);
    expect(root.querySelector('.tf-banner')?.textContent).toContain('different version of Tactful (3)');
    await click(byRole(root, 'button', 'Download a copy of what was stored'));
    expect(JSON.parse(download.mock.calls.at(-1)![1] as string)).toEqual(newer);
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada Lovelace');
    await waitFor(() => status(root) === 'Saved', 'saved');
    expect(area.sync.data.get('settings')).toEqual(newer);
    expect((await listBackups(area)).map((b) => JSON.parse(b.data))).toContainEqual(newer);
  });

  it('sync refuses too many writes a minute: says the save is here and sync follows, then syncs and says “Saved”', async () => {
    const area = fakeAreas();
    const { root } = await open(area, { retrySyncMs: 60 });
    area.sync.writesLeft = 0;
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada');
    await waitFor(() => status(root).startsWith('Saved in this browser. The browser allows only so many synced changes a minute'), 'rate');
    area.sync.writesLeft = null;
    await waitFor(() => status(root) === 'Saved', 'synced later', 2_000);
    expect((await loadSettings(otherBrowser(area))).settings.candidateName).toBe('Ada');
  });
});
