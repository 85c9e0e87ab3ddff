// Where the settings live: one object under one key of an injected storage area
// (browser.storage.sync in the extension, a Map-backed fake in tests). Nothing the user
// wrote is silently dropped: whatever could not be read is kept under `settingsBackup`.
// Saves on one area run one after another, so the last call is what stays. Every failure
// comes back as plain words, never as a throw.
import { isObj } from '../guards';
import { defaultSettings, normalise, parseStored, validateSettings, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';
export const BACKUP_KEY = 'settingsBackup';

/** The part of browser.storage.StorageArea we use. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** storage.sync exposes these; used to refuse an oversized save with a clear message. */
  QUOTA_BYTES_PER_ITEM?: number;
  QUOTA_BYTES?: number;
}

export interface SettingsBackup {
  /** When the backup was taken (ISO). */
  at: string;
  /** Why, in plain words. */
  why: string;
  /** What was stored, as JSON text (or the raw string when it was not JSON). */
  data: string;
}

export type SaveResult = { ok: true } | { ok: false; error: string };
function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Load the settings. Whatever could not be used is reported in `problems` (plain words)
 * and the stored data is kept under `settingsBackup` so nothing is silently lost.
 */
export async function loadSettings(area: StorageAreaLike): Promise<{ settings: Settings; problems: string[] }> {
  let stored: Record<string, unknown>;
  try {
    stored = (await area.get([SETTINGS_KEY, 'name', 'tone'])) ?? {};
  } catch (e) {
    return { settings: defaultSettings(), problems: [`Your settings could not be read (${errorText(e)}), so the defaults are in use.`] };
  }
  let raw: unknown = stored[SETTINGS_KEY];
  if (raw === undefined) {
    // The earliest builds kept v1's two values as top-level keys.
    if (stored.name === undefined && stored.tone === undefined) return { settings: defaultSettings(), problems: [] };
    raw = { version: 1, name: stored.name, tone: stored.tone };
  }
  const parsed = parseStored(raw);
  if (parsed.problems.length > 0) {
    const backup: SettingsBackup = { at: new Date().toISOString(), why: parsed.problems.join(' '), data: toText(raw) };
    try {
      // Write the backup only when it is new: every write fires storage.onChanged, and the
      // pages that reload settings on a change must not loop.
      if ((await loadBackup(area))?.data !== backup.data) await area.set({ [BACKUP_KEY]: backup });
      parsed.problems.push('A copy of what was stored has been kept: you can download it below.');
    } catch (e) {
      parsed.problems.push(`Tactful could not keep a copy of what was stored (${errorText(e)}).`);
    }
  }
  return parsed;
}

export async function loadBackup(area: StorageAreaLike): Promise<SettingsBackup | null> {
  try {
    const b = (await area.get(BACKUP_KEY))[BACKUP_KEY];
    if (isObj(b) && typeof b.data === 'string') {
      return { at: typeof b.at === 'string' ? b.at : '', why: typeof b.why === 'string' ? b.why : '', data: b.data };
    }
  } catch {
    // fall through
  }
  return null;
}

const queues = new WeakMap<object, Promise<unknown>>();

function serial<T>(area: StorageAreaLike, job: () => Promise<T>): Promise<T> {
  const prev = queues.get(area) ?? Promise.resolve();
  const next = prev.then(job, job);
  queues.set(area, next.catch(() => undefined));
  return next;
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (isObj(e) && typeof e.message === 'string') return e.message;
  return String(e);
}

function quotaMessage(e: unknown): string | null {
  const m = errorText(e);
  if (/QUOTA_BYTES_PER_ITEM/i.test(m)) {
    return 'Your settings are too large to save (the browser allows about 8 KB for them). Shorten or remove some of your own templates, then try again.';
  }
  if (/QUOTA_BYTES|quota/i.test(m)) {
    return 'The browser’s storage for Tactful is full. Shorten or remove some of your own templates, then try again.';
  }
  if (/MAX_WRITE_OPERATIONS/i.test(m)) {
    return 'Settings were saved too often in a short time. Wait a minute; your changes will be saved on the next edit.';
  }
  return null;
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

export function saveSettings(area: StorageAreaLike, s: Settings): Promise<SaveResult> {
  const invalid = validateSettings(s);
  if (invalid) return Promise.resolve({ ok: false, error: `Not saved: ${invalid}` });
  const value = normalise(s);
  return serial(area, async (): Promise<SaveResult> => {
    const perItem = area.QUOTA_BYTES_PER_ITEM;
    if (typeof perItem === 'number' && byteLength(SETTINGS_KEY + JSON.stringify(value)) > perItem) {
      return { ok: false, error: quotaMessage('QUOTA_BYTES_PER_ITEM') ?? 'Too large.' };
    }
    try {
      await area.set({ [SETTINGS_KEY]: value });
      return { ok: true };
    } catch (e) {
      return { ok: false, error: quotaMessage(e) ?? `Your settings could not be saved: ${errorText(e)}` };
    }
  });
}

/**
 * Change some fields on top of what is stored now (read and write happen in one turn of
 * the queue, so two updates racing both land).
 */
export function updateSettings(area: StorageAreaLike, patch: Partial<Omit<Settings, 'version'>>): Promise<SaveResult & { settings?: Settings }> {
  return serial(area, async () => {
    // loadSettings keeps a backup of anything it could not read before we write over it.
    const current = (await loadSettings(area)).settings;
    const next: Settings = { ...current, ...patch, version: 2 };
    const invalid = validateSettings(next);
    if (invalid) return { ok: false as const, error: `Not saved: ${invalid}` };
    try {
      await area.set({ [SETTINGS_KEY]: normalise(next) });
      return { ok: true as const, settings: next };
    } catch (e) {
      return { ok: false as const, error: quotaMessage(e) ?? `Your settings could not be saved: ${errorText(e)}` };
    }
  });
}

export async function resetSettings(area: StorageAreaLike): Promise<SaveResult> {
  return saveSettings(area, defaultSettings());
}
