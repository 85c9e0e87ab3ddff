// Before anything stored is rewritten or removed, a copy of it goes to the backups
// (./backups.ts): the old storage shape being moved, settings Tactful could not fully read,
// another version's copies, and this browser's settings when another browser's newer ones
// replace them. Only when every copy is kept does the caller write.
import { t } from '../i18n';
import type { SettingsAreas } from './areas';
import { backupText, keepBackup, type SettingsBackup } from './backups';
import { LEGACY_BACKUP_KEY } from './legacy';
import { isMirrorKey } from './mirror';
import { exportSettings } from './transfer';
import type { Resolved, State } from './state';

export interface Copy {
  why: string;
  data: string;
  at?: string;
  /** The copy of what the problems the user is shown are about. */
  forProblem?: boolean;
}

export interface Housekeeping {
  copies: Copy[];
  /** Old-shape keys to take out of storage.sync once this browser holds their contents. */
  removeFromSync: string[];
}

export function housekeeping(state: State, r: Resolved): Housekeeping {
  const copies: Copy[] = [];
  const removeFromSync: string[] = [];
  const { legacy, legacyBackup, local, mirror } = state;
  if (legacy) {
    const problems = legacy.parsed.problems;
    copies.push({ why: problems.length > 0 ? problems.join(' ') : t('settingsWhyMoved'), data: backupText(legacy.raw), forProblem: problems.length > 0 });
    // A newer Tactful's item stays where it is: that version may still be using it.
    if (!legacy.newer) removeFromSync.push(...legacy.keys);
  }
  if (legacyBackup) {
    copies.push({ why: legacyBackup.why || t('settingsWhyMoved'), data: legacyBackup.data, at: legacyBackup.at });
    removeFromSync.push(LEGACY_BACKUP_KEY);
  }
  if (local.kind === 'foreign') copies.push({ why: t('settingsLocalUnreadable'), data: backupText(local.raw), forProblem: true });
  if (local.kind === 'ok' && local.problems.length > 0) {
    copies.push({ why: local.problems.join(' '), data: backupText(local.raw), forProblem: true });
  }
  if (mirror.kind === 'foreign') {
    const ours: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(state.sync)) if (isMirrorKey(k)) ours[k] = v;
    copies.push({ why: t('settingsMirrorUnreadable'), data: backupText(ours), forProblem: true });
  }
  if (r.from === 'mirror' && local.kind === 'ok' && exportSettings(local.env.settings) !== exportSettings(r.settings)) {
    copies.push({ why: t('settingsWhyReplacedByOther'), data: exportSettings(local.env.settings) });
  }
  return { copies, removeFromSync };
}

export type KeptAll = { ok: true; forProblem: SettingsBackup | null; all: SettingsBackup[] } | { ok: false; error: string };

/** Keep every copy (oldest reason first, so the list reads newest first); stop at a failure. */
export async function keepAll(areas: SettingsAreas, copies: Copy[]): Promise<KeptAll> {
  let forProblem: SettingsBackup | null = null;
  const all: SettingsBackup[] = [];
  for (const c of copies) {
    const r = await keepBackup(areas.local, c);
    if (!r.ok) return { ok: false, error: r.error };
    all.push(r.backup);
    if (c.forProblem && !forProblem) forProblem = r.backup;
  }
  return { ok: true, forProblem, all };
}
