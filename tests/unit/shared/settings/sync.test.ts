// Two browsers on one sync account: each keeps its own truth in storage.local and the
// mirror in storage.sync carries the newest; whatever one browser's settings are replaced
// by, a copy stays. A copy that arrived only in part is never read.
import '../../ui/i18n-setup';
import { describe, expect, it } from 'vitest';
import {
  MIRROR_KEY, defaultSettings, listBackups, loadSettings, openSettings, saveSettings, updateSettings,
} from '../../../../src/shared/settings';
import { fakeAreas, otherBrowser } from './fake-area';
import { settingsOfBytes } from './sizes';

describe('two browsers', () => {
  it('a save in one is what the other reads; when it opens options it takes them over and keeps its own as a copy', async () => {
    const a = fakeAreas();
    await updateSettings(a, { candidateName: 'Ada', templates: { 'decline/warm': ['From A'] } });
    const b = otherBrowser(a);
    await openSettings(b);
    await updateSettings(b, { templates: { 'decline/warm': ['From B'] } });
    expect((await loadSettings(a)).settings.templates).toEqual({ 'decline/warm': ['From B'] });
    const opened = await openSettings(a);
    expect(opened.settings).toMatchObject({ candidateName: 'Ada', templates: { 'decline/warm': ['From B'] } });
    const copies = await listBackups(a);
    expect(copies[0]!.why).toBe('Replaced by newer settings saved in another browser.');
    expect(JSON.parse(copies[0]!.data).templates).toEqual({ 'decline/warm': ['From A'] });
    // Then A edits: its change goes on top of B's.
    await updateSettings(a, { signature: 'A.' });
    expect((await loadSettings(b)).settings).toMatchObject({ signature: 'A.', templates: { 'decline/warm': ['From B'] } });
  });

  it('both edit from the same revision: both browsers agree on one winner, and the other’s text is in a copy', async () => {
    const a = fakeAreas();
    await updateSettings(a, { candidateName: 'Start' });
    const b = otherBrowser(a);
    await openSettings(b);
    await updateSettings(a, { candidateName: 'A wins?' });
    // B saves without seeing A's change in between (sync had not delivered it yet).
    const mirrorOfA = new Map(a.sync.data);
    a.sync.data.clear();
    for (const [k, v] of mirrorOfA) if (!k.startsWith(MIRROR_KEY)) a.sync.data.set(k, v);
    const bLocal = b.local.data.get('settings') as { rev: number };
    await updateSettings(b, { candidateName: 'B wins?' });
    expect((b.local.data.get('settings') as { rev: number }).rev).toBe(bLocal.rev + 1);
    const seenByA = await openSettings(a);
    const seenByB = await openSettings(b);
    expect(seenByA.settings.candidateName).toBe(seenByB.settings.candidateName);
    const loser = seenByA.settings.candidateName === 'A wins?' ? b : a;
    const loserName = loser === a ? 'A wins?' : 'B wins?';
    expect((await listBackups(loser)).some((c) => JSON.parse(c.data).candidateName === loserName)).toBe(true);
  });

  it('a mirror that arrived only in part is not read: this browser keeps its own', async () => {
    const a = fakeAreas();
    await saveSettings(a, settingsOfBytes(30 * 1024));
    const b = otherBrowser(a);
    const mine = { ...defaultSettings(), candidateName: 'B’s own' };
    await saveSettings(b, mine);
    await saveSettings(a, settingsOfBytes(31 * 1024, { candidateName: 'A newer' }));
    a.sync.data.delete(`${MIRROR_KEY}.2`); // part 2 not delivered yet
    expect((await loadSettings(b)).settings).toEqual(mine);
    expect((await loadSettings(fakeAreas({ sync: Object.fromEntries(a.sync.data) }))).settings).toEqual(defaultSettings());
  });

  it('templates too large to sync stay in the browser that wrote them when another browser’s newer settings arrive', async () => {
    const a = fakeAreas();
    const big = settingsOfBytes(100 * 1024);
    const r = await saveSettings(a, big);
    if (!r.ok || r.sync.kind !== 'partial') throw new Error('expected a partial mirror');
    const b = otherBrowser(a);
    await openSettings(b);
    await updateSettings(b, { candidateName: 'Edited in B' });
    const opened = await openSettings(a);
    expect(opened.settings).toEqual({ ...big, candidateName: 'Edited in B' });
  });
});
