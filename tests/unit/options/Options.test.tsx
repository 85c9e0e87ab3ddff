// @vitest-environment happy-dom
import '../ui/i18n-setup'; // chrome.i18n over messages.json: English names, as in the extension
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Options, type OptionsDeps, type StorageChanges } from '../../../src/options/Options';
import { BACKUP_KEY, SETTINGS_KEY, defaultSettings, exportSettings, type Settings } from '../../../src/shared/settings';
import { fakeArea, type FakeArea } from '../shared/settings/fake-area';
import { allByRole, byRole, choose, click, fakeClient, mount, type, waitFor } from '../ui/helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

function setup(area: FakeArea, over: Partial<OptionsDeps> = {}) {
  let listener: ((c: StorageChanges) => void) | null = null;
  const download = vi.fn();
  const client = fakeClient();
  const deps: OptionsDeps = {
    client,
    area,
    download,
    debounceMs: 10,
    onChanged: (l) => { listener = l; return () => { listener = null; }; },
    ...over,
  };
  return { deps, download, client, fire: (c: StorageChanges) => act(() => listener?.(c)) };
}

async function open(area: FakeArea, over: Partial<OptionsDeps> = {}) {
  const s = setup(area, over);
  const m = await mount(<Options deps={s.deps} />);
  cleanup = m.unmount;
  await waitFor(() => allByRole(m.root, 'textbox', 'Your name (signs your replies)').length === 1, 'loaded');
  return { ...s, ...m };
}

const stored = (area: FakeArea) => area.data.get(SETTINGS_KEY) as Settings | undefined;

describe('Options', () => {
  it('saves on change with a visible "Saved"', async () => {
    const area = fakeArea();
    const { root } = await open(area);
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada Lovelace');
    await type(byRole(root, 'textbox', 'Signature (below your name)'), 'Ada\nAnalyst');
    await choose(byRole(root, 'combobox', 'Default tone'), 'formal');
    await choose(byRole(root, 'combobox', 'Reply language'), 'fr');
    await waitFor(() => byRole(root, 'status').textContent === 'Saved', 'saved');
    expect(stored(area)).toMatchObject({ candidateName: 'Ada Lovelace', signature: 'Ada\nAnalyst', defaultTone: 'formal', language: 'fr' });
    expect(area.writes.length).toBe(1); // debounced into one write
  });

  it('two windows: a save from elsewhere while editing here keeps both changes', async () => {
    const area = fakeArea();
    const { root, fire } = await open(area, { debounceMs: 150 });
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada Lovelace');
    // Meanwhile another options window saves a signature (it read the store before our edit).
    const theirs = { ...defaultSettings(), signature: 'Written elsewhere' };
    area.data.set(SETTINGS_KEY, theirs);
    await fire({ [SETTINGS_KEY]: { newValue: theirs } });
    expect((byRole(root, 'textbox', 'Signature (below your name)') as HTMLTextAreaElement).value).toBe('Written elsewhere');
    await waitFor(() => byRole(root, 'status').textContent === 'Saved', 'saved');
    expect(stored(area)).toMatchObject({ candidateName: 'Ada Lovelace', signature: 'Written elsewhere' });
  });

  it('Firefox’s order: the change event of our own save, arriving before set() resolves, is not taken for another window’s (one write, then "Saved")', async () => {
    const area = fakeArea();
    let echo: ((c: StorageChanges) => void) | null = null;
    const write = area.set.bind(area);
    // Firefox fires storage.onChanged for a write before that write's promise resolves.
    area.set = async (items) => {
      await write(items);
      const changes: StorageChanges = {};
      for (const [k, v] of Object.entries(items)) changes[k] = { newValue: structuredClone(v) };
      act(() => echo?.(changes));
    };
    const { root } = await open(area, { onChanged: (l) => { echo = l; return () => { echo = null; }; } });
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada Lovelace');
    await waitFor(() => byRole(root, 'status').textContent === 'Saved', 'saved');
    await new Promise((r) => setTimeout(r, 100)); // a loop would write again within a few debounces
    expect(area.writes.length).toBe(1);
    expect(stored(area)).toMatchObject({ candidateName: 'Ada Lovelace' });
  });

  it('shows a quota error in plain words', async () => {
    const area = fakeArea();
    const { root } = await open(area);
    area.failWith = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Ada');
    await waitFor(() => (byRole(root, 'status').textContent ?? '').includes('too large to save'), 'quota message');
  });

  it('edits template variants with preview and live findings', async () => {
    const area = fakeArea();
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
    const area = fakeArea({ [SETTINGS_KEY]: { ...defaultSettings(), candidateName: 'Ada' } });
    const { root, download } = await open(area);
    await click(byRole(root, 'button', 'Export settings'));
    const json = exportSettings({ ...defaultSettings(), candidateName: 'Ada' });
    expect(download).toHaveBeenCalledWith('tactful-settings.json', json);
    expect(byRole<HTMLTextAreaElement>(root, 'textbox', /^Exported settings/).value).toBe(json);
  });

  async function importFile(root: HTMLElement, name: string, text: string) {
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  }

  it('imports a valid file and saves it', async () => {
    const area = fakeArea();
    const { root } = await open(area);
    const mine = { ...defaultSettings(), candidateName: 'Grace', templates: { 'withdraw/brief': ['Short {company}'] } };
    await importFile(root, 'mine.json', exportSettings(mine));
    await waitFor(() => byRole(root, 'status').textContent === 'Imported and saved', 'imported');
    expect(stored(area)).toEqual(mine);
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('Grace');
  });

  it('rejects an invalid file with a clear error and changes nothing', async () => {
    const before = { ...defaultSettings(), candidateName: 'Ada' };
    const area = fakeArea({ [SETTINGS_KEY]: before });
    const { root } = await open(area);
    await importFile(root, 'bad.json', JSON.stringify({ ...before, candidateName: 'Mallory', defaultTone: 'rude' }));
    await waitFor(() => !!root.querySelector('[role="alert"]'), 'error');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Nothing was changed: Your default tone could not be read.');
    expect(stored(area)).toEqual(before);
    expect(area.writes).toHaveLength(0);
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('Ada');
  });

  it('reset asks first, then restores the defaults', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: { ...defaultSettings(), candidateName: 'Ada' } });
    const { root } = await open(area);
    await click(byRole(root, 'button', 'Reset to defaults'));
    expect(root.textContent).toContain('Reset every setting to its default?');
    await click(byRole(root, 'button', 'Cancel'));
    expect(stored(area)?.candidateName).toBe('Ada');
    await click(byRole(root, 'button', 'Reset to defaults'));
    await click(byRole(root, 'button', 'Reset'));
    await waitFor(() => byRole(root, 'status').textContent === 'Reset to defaults', 'reset');
    expect(stored(area)).toEqual(defaultSettings());
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('');
  });

  it('shows the problems banner and offers the backup for download', async () => {
    const area = fakeArea({ [SETTINGS_KEY]: '{"version":2,"candidateName":"Ad' });
    const { root, download } = await open(area);
    const banner = root.querySelector('.tf-banner')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('damaged and could not be read');
    expect(area.data.has(BACKUP_KEY)).toBe(true);
    await click(byRole(root, 'button', 'Download a copy of what was stored'));
    await waitFor(() => download.mock.calls.length === 1, 'download');
    expect(download).toHaveBeenCalledWith('tactful-settings-backup.json', '{"version":2,"candidateName":"Ad');
  });

  it('picks up a save from another window', async () => {
    const area = fakeArea();
    const { root, fire } = await open(area);
    await fire({ [SETTINGS_KEY]: { newValue: { ...defaultSettings(), candidateName: 'From the other window' } } });
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('From the other window');
    expect(byRole(root, 'status').textContent).toContain('another window');
  });

  it('does not let another window’s save drop unsaved edits here', async () => {
    const area = fakeArea();
    const { root, fire } = await open(area, { debounceMs: 50 });
    await type(byRole(root, 'textbox', 'Your name (signs your replies)'), 'Mine');
    await fire({ [SETTINGS_KEY]: { newValue: { ...defaultSettings(), candidateName: 'Theirs' } } });
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name (signs your replies)').value).toBe('Mine');
    await waitFor(() => stored(area)?.candidateName === 'Mine', 'mine saved');
  });
});
