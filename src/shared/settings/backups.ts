// Copies Tactful keeps before it rewrites or replaces what was stored: settings it could not
// fully read (damaged, or from another version), the old storage shape it moved from, what
// an import or a reset replaced, and this browser's settings when another browser's newer
// ones take their place. They live in storage.local, which has no per-item limit (10 MB in
// all in Chrome), newest first; the oldest go when there are more than MAX_BACKUPS or they
// pass MAX_BACKUP_BYTES, but the newest is always kept. Writing one fails loudly: the caller
// then does not rewrite anything.
import { isObj } from '../guards';
import { errorText, type StorageAreaLike } from './areas';

export const BACKUPS_KEY = 'settingsBackups';
export const MAX_BACKUPS = 10;
export const MAX_BACKUP_BYTES = 4_000_000;

export interface SettingsBackup {
  /** When the copy was taken (ISO). */
  at: string;
  /** Why, in plain words (in the language of the browser at the time). */
  why: string;
  /** What was stored, as JSON text (or the raw string when it was not JSON). */
  data: string;
}

/** A stored value as text to keep: strings as they are, anything else as indented JSON. */
export function backupText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function isBackup(b: unknown): b is SettingsBackup {
  return isObj(b) && typeof b.data === 'string' && typeof b.at === 'string' && typeof b.why === 'string';
}

/** The copies kept, newest first; [] when there are none or they cannot be read. */
export async function loadBackups(local: StorageAreaLike): Promise<SettingsBackup[]> {
  try {
    const v = (await local.get(BACKUPS_KEY))[BACKUPS_KEY];
    return Array.isArray(v) ? v.filter(isBackup) : [];
  } catch {
    return [];
  }
}

export type KeepResult = { ok: true; backup: SettingsBackup; added: boolean } | { ok: false; error: string };

/**
 * Keep `data` as the newest copy, unless a copy of exactly that is kept already (then
 * nothing is written: every write fires storage.onChanged, and pages reload on it).
 */
export async function keepBackup(local: StorageAreaLike, copy: { why: string; data: string; at?: string }, now = new Date()): Promise<KeepResult> {
  const { why, data } = copy;
  let list: SettingsBackup[];
  try {
    const v = (await local.get(BACKUPS_KEY))[BACKUPS_KEY];
    list = Array.isArray(v) ? v.filter(isBackup) : [];
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  const same = list.find((b) => b.data === data);
  if (same) return { ok: true, backup: same, added: false };
  const backup: SettingsBackup = { at: copy.at || now.toISOString(), why, data };
  const next = [backup];
  let bytes = data.length;
  for (const b of list) {
    if (next.length >= MAX_BACKUPS || bytes + b.data.length > MAX_BACKUP_BYTES) break;
    next.push(b);
    bytes += b.data.length;
  }
  try {
    await local.set({ [BACKUPS_KEY]: next });
    return { ok: true, backup, added: true };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
