// Where the settings live. The whole truth for this browser is one envelope in
// storage.local, which has no per-item limit, so no save can be refused for the size of one
// item; a mirror of what fits goes to storage.sync for the user's other browsers, cut into
// items that each fit sync's 8 KB (./mirror.ts). Before anything stored is rewritten or
// removed that Tactful could not fully read, or that an import, a reset or another browser's
// newer settings replace, a copy is kept (./backups.ts); when the copy cannot be kept,
// nothing is written. Reading (loadSettings) never writes: the content script, the worker
// and the popup use it. The options page opens with openSettings, which moves the old shape
// over and brings the mirror up to date. Writes from any of our pages run one at a time
// (Web Locks across pages, a queue within one). Every failure comes back as plain words.
import { t } from '../i18n';
import { classifyError, errorText, type SettingsAreas } from './areas';
import { loadBackups, type SettingsBackup } from './backups';
import { housekeeping, keepAll, type Copy } from './housekeeping';
import { currentOutcome, writeMirror, type SyncOutcome } from './mirror-write';
import { defaultSettings, normalise, validateSettings, type Settings } from './schema';
import { exportSettings } from './transfer';
import type { Loaded } from './load';
import { DEVICE_KEY, LOCAL_FORMAT, LOCAL_KEY, mirrorIsNewer, readState, resolve, type Envelope, type State } from './state';

export type { SettingsAreas, StorageAreaLike } from './areas';
export type { SettingsBackup } from './backups';
export type { SyncOutcome } from './mirror-write';
export { BACKUPS_KEY } from './backups';
export { LOCAL_KEY } from './state';
export { MIRROR_KEY } from './mirror';
export { loadSettings, type Loaded } from './load';

export type SaveResult =
  | { ok: true; settings: Settings; sync: SyncOutcome; kept: SettingsBackup | null }
  | { ok: false; error: string };

export interface Opened extends Loaded {
  /** True and worth saying, but no problem with the settings in force (e.g. templates only in another browser). */
  notes: string[];
  /** What reached the other browsers (null: not known, nothing written). */
  sync: SyncOutcome | null;
  /** The copy of what the problems are about, to offer for download. */
  kept: SettingsBackup | null;
}

export function listBackups(areas: SettingsAreas): Promise<SettingsBackup[]> {
  return loadBackups(areas.local);
}

const queues = new WeakMap<object, Promise<unknown>>();

/** One write at a time: across our pages with Web Locks, within this page with a queue. */
function exclusive<T>(areas: SettingsAreas, job: () => Promise<T>): Promise<T> {
  const prev = queues.get(areas.local) ?? Promise.resolve();
  const locks = (globalThis as { navigator?: { locks?: { request(name: string, cb: () => Promise<T>): Promise<T> } } }).navigator?.locks;
  const run = locks ? () => locks.request('tactful-settings', job) : job;
  const next = prev.then(run, run);
  queues.set(areas.local, next.catch(() => undefined));
  return next;
}

function newDevice(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function localError(e: unknown): string {
  const kind = classifyError(e);
  if (kind === 'total' || kind === 'per-item' || kind === 'items') return t('settingsLocalFull');
  return t('settingsNotSavedError', errorText(e));
}

/** Does the mirror need rewriting from this browser's envelope? Only when ours is newer. */
function mirrorBehind(state: State, env: Envelope): boolean {
  const m = state.mirror;
  if (m.kind === 'none') return true;
  if (m.kind === 'foreign') return false; // rewritten on the next save, after its copy is kept
  const same = m.head.rev === env.rev && m.head.savedAt === env.savedAt && m.head.device === env.device;
  return !same && !mirrorIsNewer(m.head, env);
}

/**
 * For the options page: the settings in force, with the old shape moved to storage.local,
 * a newer mirror taken over (this browser's copy kept first), and the mirror brought up to
 * date. When a needed copy cannot be kept, nothing is written and the problems say so.
 */
export function openSettings(areas: SettingsAreas): Promise<Opened> {
  return exclusive(areas, async (): Promise<Opened> => {
    let state: State;
    try {
      state = await readState(areas);
    } catch (e) {
      return { settings: defaultSettings(), problems: [t('settingsReadFailed', errorText(e))], notes: [], sync: null, kept: null };
    }
    const r = resolve(state);
    const notes = r.notes;
    const problems = [...r.problems];
    if (state.readError || state.syncError) {
      const sync = state.syncError && !state.readError ? { kind: 'not-synced' as const, why: 'error' as const, detail: state.syncError } : null;
      return { settings: r.settings, problems, notes, sync, kept: null };
    }
    const hk = housekeeping(state, r);
    const kept = await keepAll(areas, hk.copies);
    if (!kept.ok) {
      problems.push(t('settingsCopyFailed', kept.error));
      return { settings: r.settings, problems, notes, sync: null, kept: null };
    }
    if (problems.length > 0 && kept.forProblem) problems.push(t('settingsCopyKept'));
    let env = state.local.kind === 'ok' ? state.local.env : null;
    const device = state.device ?? newDevice();
    if (r.from === 'mirror' || r.from === 'legacy') {
      // Take over what another browser saved (same revision, so the two agree) or move the old shape.
      const head = r.from === 'mirror' ? r.head : null;
      env = {
        format: LOCAL_FORMAT,
        rev: head?.rev ?? r.rev + 1,
        savedAt: head?.savedAt ?? new Date().toISOString(),
        device: head?.device ?? device,
        settings: normalise(r.settings),
      };
      if (r.elsewhere.length > 0) env.elsewhere = r.elsewhere;
      try {
        await areas.local.set({ [LOCAL_KEY]: env, [DEVICE_KEY]: device });
      } catch (e) {
        problems.push(localError(e));
        return { settings: r.settings, problems, notes, sync: null, kept: kept.forProblem };
      }
    }
    if (!env) return { settings: r.settings, problems, notes, sync: null, kept: kept.forProblem };
    if (hk.removeFromSync.length > 0) await areas.sync.remove(hk.removeFromSync).catch(() => undefined);
    const sync = mirrorBehind(state, env) ? await writeMirror(areas, state, env, hk.removeFromSync) : currentOutcome(state, env);
    return { settings: r.settings, problems, notes, sync, kept: kept.forProblem };
  });
}

/**
 * The one write path: read what is stored, work out the next settings from the ones in
 * force, keep every copy that is needed, write storage.local, then the mirror. `why` (for
 * an import or a reset) keeps a copy of the settings being replaced.
 */
function commit(areas: SettingsAreas, makeNext: (current: Settings) => Settings, why?: string): Promise<SaveResult> {
  return exclusive(areas, async (): Promise<SaveResult> => {
    const state = await readState(areas);
    // Writing over something we could not read could destroy it: refuse instead.
    if (state.readError) return { ok: false, error: t('settingsNotSavedUnread', state.readError) };
    // Sync unreadable and nothing in this browser yet: older settings may be there, unseen.
    if (state.syncError && state.local.kind !== 'ok') return { ok: false, error: t('settingsNotSavedUnread', state.syncError) };
    const r = resolve(state);
    const next = normalise(makeNext(r.settings));
    const invalid = validateSettings(next);
    if (invalid) return { ok: false, error: t('settingsNotSaved', invalid) };
    const hk = housekeeping(state, r);
    const current = exportSettings(r.settings);
    const replacing: Copy | null = why && current !== exportSettings(next) && current !== exportSettings(defaultSettings())
      ? { why, data: current } : null;
    const kept = await keepAll(areas, replacing ? [...hk.copies, replacing] : hk.copies);
    if (!kept.ok) return { ok: false, error: t('settingsNotSavedNoCopy', kept.error) };
    const device = state.device ?? newDevice();
    const env: Envelope = { format: LOCAL_FORMAT, rev: r.rev + 1, savedAt: new Date().toISOString(), device, settings: next };
    const elsewhere = r.elsewhere.filter((k) => !(k in next.templates));
    if (elsewhere.length > 0) env.elsewhere = elsewhere;
    try {
      await areas.local.set(state.device ? { [LOCAL_KEY]: env } : { [LOCAL_KEY]: env, [DEVICE_KEY]: device });
    } catch (e) {
      return { ok: false, error: localError(e) };
    }
    if (hk.removeFromSync.length > 0) await areas.sync.remove(hk.removeFromSync).catch(() => undefined);
    const sync: SyncOutcome = state.syncError
      ? { kind: 'not-synced', why: 'error', detail: state.syncError }
      : await writeMirror(areas, state, env, hk.removeFromSync);
    const keptCopy = replacing ? kept.all.find((b) => b.data === replacing.data) ?? null : null;
    return { ok: true, settings: next, sync, kept: keptCopy };
  });
}

/** Replace the settings as a whole (an import passes `why`, so the old ones are kept). */
export function saveSettings(areas: SettingsAreas, s: Settings, opts: { why?: string } = {}): Promise<SaveResult> {
  const invalid = validateSettings(s);
  if (invalid) return Promise.resolve({ ok: false, error: t('settingsNotSaved', invalid) });
  return commit(areas, () => s, opts.why);
}

/**
 * Change some fields on top of what is stored now (read and write happen in one turn, so
 * two updates racing both land).
 */
export function updateSettings(areas: SettingsAreas, patch: Partial<Omit<Settings, 'version'>>): Promise<SaveResult> {
  return commit(areas, (current) => ({ ...current, ...patch, version: 2 }));
}

/** Back to the defaults; a copy of what was there is kept first. */
export function resetSettings(areas: SettingsAreas): Promise<SaveResult> {
  return commit(areas, () => defaultSettings(), t('settingsWhyReset'));
}
