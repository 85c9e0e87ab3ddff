// The shape settings had before they moved to storage.local (read here so nothing is lost
// in the move): one `settings` item in storage.sync holding the whole object (version 2 or
// 1, or no version), the earliest builds' top-level `name` and `tone`, and `settingsBackup`,
// the one copy of unreadable settings the old code kept beside it.
import { isObj } from '../guards';
import { parseStored, type Parsed } from './schema';
import type { SettingsBackup } from './backups';

export const LEGACY_KEY = 'settings';
export const LEGACY_BACKUP_KEY = 'settingsBackup';
export const LEGACY_V1_KEYS = ['name', 'tone'] as const;

export interface Legacy {
  /** What was stored, as it was (for the backup). */
  raw: unknown;
  parsed: Parsed;
  /** From a newer Tactful (a version this one does not know): keep it where it is. */
  newer: boolean;
  /** The sync keys it occupies. */
  keys: string[];
}

/** The old-shape settings in everything read from storage.sync, or null. */
export function readLegacy(all: Record<string, unknown>): Legacy | null {
  let raw: unknown = all[LEGACY_KEY];
  const keys: string[] = [];
  if (raw !== undefined) keys.push(LEGACY_KEY);
  if (raw === undefined) {
    if (all.name === undefined && all.tone === undefined) return null;
    raw = { version: 1, name: all.name, tone: all.tone };
  }
  for (const k of LEGACY_V1_KEYS) if (all[k] !== undefined) keys.push(k);
  const version = isObj(raw) ? raw.version : typeof raw === 'string' ? versionInText(raw) : undefined;
  const newer = version !== undefined && version !== 1 && version !== 2;
  return { raw, parsed: parseStored(raw), newer, keys };
}

function versionInText(s: string): unknown {
  try {
    const v = JSON.parse(s) as unknown;
    return isObj(v) ? v.version : undefined;
  } catch {
    return undefined;
  }
}

/** The old code's one backup, if there is one. */
export function readLegacyBackup(all: Record<string, unknown>): SettingsBackup | null {
  const b = all[LEGACY_BACKUP_KEY];
  if (isObj(b) && typeof b.data === 'string') {
    return { at: typeof b.at === 'string' ? b.at : '', why: typeof b.why === 'string' ? b.why : '', data: b.data };
  }
  return null;
}
