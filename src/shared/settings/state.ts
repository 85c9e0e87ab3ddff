// What is stored, read in one go, and which settings are in force. storage.local holds this
// browser's settings in an envelope (revision, time, which browser wrote them); storage.sync
// holds the mirror (./mirror.ts) and, until it is moved, the old shape (./legacy.ts). The
// newest readable copy wins: a newer mirror (another browser saved since) over this browser's
// own, keeping this browser's template groups the mirror had to leave out. Pure apart from
// the two reads; never throws.
import { isObj } from '../guards';
import { t } from '../i18n';
import { errorText, type SettingsAreas } from './areas';
import { readLegacy, readLegacyBackup, type Legacy } from './legacy';
import { hashText, readMirror, settingsText, type MirrorHead, type MirrorRead } from './mirror';
import { defaultSettings, parseStored, type Settings } from './schema';
import type { SettingsBackup } from './backups';

export const LOCAL_KEY = 'settings';
export const LOCAL_FORMAT = 1;
/** This browser's id (random), to order two saves made at the same moment in two browsers. */
export const DEVICE_KEY = 'settingsDevice';

export interface Envelope {
  format: typeof LOCAL_FORMAT;
  rev: number;
  savedAt: string;
  device: string;
  settings: Settings;
  /** Template groups another browser has and could not sync (too large): not here, not lost. */
  elsewhere?: string[];
}

export type LocalRead =
  | { kind: 'none' }
  | { kind: 'ok'; env: Envelope; problems: string[]; raw: unknown }
  /** Written by a Tactful this one cannot read (another format), or not an envelope at all. */
  | { kind: 'foreign'; raw: unknown };

export interface State {
  local: LocalRead;
  mirror: MirrorRead;
  legacy: Legacy | null;
  legacyBackup: SettingsBackup | null;
  device: string | null;
  /** Everything in storage.sync (to size the mirror against what else is there). */
  sync: Record<string, unknown>;
  /** storage.local could not be read (the browser's words): nothing may be written over it. */
  readError: string | null;
  /** storage.sync could not be read: this browser's settings still work, the mirror waits. */
  syncError: string | null;
}

function readLocal(v: unknown): LocalRead {
  if (v === undefined) return { kind: 'none' };
  if (!isObj(v) || v.format !== LOCAL_FORMAT || !Number.isInteger(v.rev) || typeof v.savedAt !== 'string' || typeof v.device !== 'string') {
    return { kind: 'foreign', raw: v };
  }
  const parsed = parseStored(v.settings);
  const env: Envelope = { format: LOCAL_FORMAT, rev: v.rev as number, savedAt: v.savedAt, device: v.device, settings: parsed.settings };
  if (Array.isArray(v.elsewhere)) env.elsewhere = v.elsewhere.filter((k): k is string => typeof k === 'string');
  return { kind: 'ok', env, problems: parsed.problems, raw: v };
}

export async function readState(areas: SettingsAreas): Promise<State> {
  let readError: string | null = null;
  let syncError: string | null = null;
  let localRaw: unknown;
  let device: unknown;
  let sync: Record<string, unknown> = {};
  try {
    const got = (await areas.local.get([LOCAL_KEY, DEVICE_KEY])) ?? {};
    localRaw = got[LOCAL_KEY];
    device = got[DEVICE_KEY];
  } catch (e) {
    readError = errorText(e);
  }
  try {
    sync = (await areas.sync.get(null)) ?? {};
  } catch (e) {
    syncError = errorText(e);
  }
  return {
    local: readLocal(localRaw),
    mirror: readMirror(sync),
    legacy: readLegacy(sync),
    legacyBackup: readLegacyBackup(sync),
    device: typeof device === 'string' && device !== '' ? device : null,
    sync,
    readError,
    syncError,
  };
}

/** Is the mirror's copy newer than this browser's? Every browser decides the same way. */
export function mirrorIsNewer(head: MirrorHead, env: Envelope): boolean {
  if (head.rev !== env.rev) return head.rev > env.rev;
  if (head.savedAt !== env.savedAt) return head.savedAt > env.savedAt;
  return head.device > env.device;
}

export const fullHash = (s: Settings) => hashText(settingsText(s));

export interface Resolved {
  settings: Settings;
  /** Where they came from. */
  from: 'local' | 'mirror' | 'legacy' | 'defaults';
  problems: string[];
  /** What is true and worth saying but is no problem with the settings in force (templates only in another browser). */
  notes: string[];
  /** The highest revision seen anywhere (a save writes the next one). */
  rev: number;
  /** The mirror, when it was read whole. */
  head: MirrorHead | null;
  /** Template groups only another browser has (see Envelope.elsewhere). */
  elsewhere: string[];
}

function mirrorSettings(m: Extract<MirrorRead, { kind: 'ok' }>, keepFrom: Settings | null): { settings: Settings; problems: string[]; notes: string[]; elsewhere: string[] } {
  const parsed = parseStored(m.text);
  const settings = parsed.settings;
  const problems = [...parsed.problems];
  const missing: string[] = [];
  for (const key of m.head.omitted) {
    const mine = keepFrom?.templates[key];
    if (mine) settings.templates[key] = mine;
    else missing.push(key);
  }
  const notes = missing.length > 0 ? [t('settingsOnlyElsewhere', missing.join(', '))] : [];
  return { settings, problems, notes, elsewhere: missing };
}

/** The settings in force, and what the user should hear about how they were read. */
export function resolve(state: State): Resolved {
  const { local, mirror, legacy } = state;
  const head = mirror.kind === 'ok' || mirror.kind === 'torn' ? mirror.head : null;
  const rev = Math.max(local.kind === 'ok' ? local.env.rev : 0, head?.rev ?? 0);
  const wholeHead = mirror.kind === 'ok' ? mirror.head : null;
  const problems: string[] = [];
  if (state.readError) problems.push(t('settingsReadFailed', state.readError));
  // Without sync, settings only the old shape or another browser holds cannot be seen.
  else if (state.syncError && local.kind !== 'ok') problems.push(t('settingsReadFailed', state.syncError));
  // Another version's mirror is a problem only when nothing else is there to use.
  const foreignMirror = mirror.kind === 'foreign' ? [t('settingsMirrorUnreadable')] : [];
  if (local.kind === 'ok') {
    const env = local.env;
    if (mirror.kind === 'ok' && mirror.head.fullHash !== fullHash(env.settings) && mirrorIsNewer(mirror.head, env)) {
      const m = mirrorSettings(mirror, env.settings);
      return { settings: m.settings, from: 'mirror', problems: [...problems, ...m.problems], notes: m.notes, rev, head: wholeHead, elsewhere: m.elsewhere };
    }
    const elsewhere = (env.elsewhere ?? []).filter((k) => !(k in env.settings.templates));
    const notes = [...foreignMirror, ...(elsewhere.length > 0 ? [t('settingsOnlyElsewhere', elsewhere.join(', '))] : [])];
    return { settings: env.settings, from: 'local', problems: [...problems, ...local.problems], notes, rev, head: wholeHead, elsewhere };
  }
  if (local.kind === 'foreign') problems.push(t('settingsLocalUnreadable'));
  if (mirror.kind === 'ok') {
    const m = mirrorSettings(mirror, null);
    return { settings: m.settings, from: 'mirror', problems: [...problems, ...m.problems], notes: m.notes, rev, head: wholeHead, elsewhere: m.elsewhere };
  }
  if (legacy) {
    return { settings: legacy.parsed.settings, from: 'legacy', problems: [...problems, ...legacy.parsed.problems], notes: foreignMirror, rev, head: wholeHead, elsewhere: [] };
  }
  return { settings: defaultSettings(), from: 'defaults', problems: [...problems, ...foreignMirror], notes: [], rev, head: wholeHead, elsewhere: [] };
}
