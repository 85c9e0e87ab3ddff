// The user's settings: one object under one key of an injected storage area
// (browser.storage.sync in the extension, a Map-backed fake in tests).
//
// Rules: nothing the user wrote is silently dropped (whatever could not be read is kept
// under `settingsBackup`), an import is validated completely before it is applied, and
// every failure comes back as plain words, never as a throw.
import type { Intent, Reason, Tone } from './types';

export const SETTINGS_KEY = 'settings';
export const BACKUP_KEY = 'settingsBackup';
export const SETTINGS_VERSION = 2;

export type Language = 'auto' | 'en' | 'de' | 'fr' | 'es';

export interface Settings {
  version: 2;
  candidateName: string;
  signature: string;
  defaultTone: Tone;
  defaultReason: Reason;
  /** 'auto' = reply in the invitation's language. */
  language: Language;
  /** The user's own variants, keyed "intent/tone" (e.g. "decline/warm"). */
  templates: Record<string, string[]>;
}

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
export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

const INTENTS: readonly Intent[] = ['decline', 'reschedule', 'withdraw', 'accept', 'call_points', 'follow_up'];
const TONES: readonly Tone[] = ['warm', 'formal', 'brief'];
const REASONS: readonly Reason[] = [
  'other_offer', 'not_a_fit', 'personal', 'logistics', 'admired_company', 'no_reason', 'conflict', 'illness', 'travel',
];
const LANGUAGES: readonly Language[] = ['auto', 'en', 'de', 'fr', 'es'];

export const LIMITS = {
  name: 200,
  signature: 2_000,
  template: 5_000,
  variantsPerKey: 10,
} as const;

/** The variables a user template may use, with what each stands for. */
export const TEMPLATE_VARIABLES: readonly { name: string; meaning: string }[] = [
  { name: 'contact_name', meaning: 'the person who wrote the invitation' },
  { name: 'company', meaning: 'the company' },
  { name: 'role', meaning: 'the role you applied for' },
  { name: 'candidate_name', meaning: 'your name' },
  { name: 'interview_time', meaning: 'the interview date and time' },
  { name: 'proposed_slots', meaning: 'the times you offer instead' },
  { name: 'signature', meaning: 'your signature' },
];

export function defaultSettings(): Settings {
  return {
    version: 2,
    candidateName: '',
    signature: '',
    defaultTone: 'warm',
    defaultReason: 'other_offer',
    language: 'auto',
    templates: {},
  };
}

export function templateKey(intent: Intent, tone: Tone): string {
  return `${intent}/${tone}`;
}

export function isTemplateKey(key: string): boolean {
  const [intent, tone, extra] = key.split('/');
  return extra === undefined && INTENTS.includes(intent as Intent) && TONES.includes(tone as Tone);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------------------
// Reading what is stored: validate field by field, keep what is good, report the rest.

interface Parsed {
  settings: Settings;
  problems: string[];
}

/** Field-by-field: every field that is wrong falls back to its default with a problem. */
function parseV2Fields(o: Record<string, unknown>): Parsed {
  const s = defaultSettings();
  const problems: string[] = [];
  const str = (key: 'candidateName' | 'signature', max: number, what: string) => {
    const v = o[key];
    if (v === undefined) return;
    if (typeof v !== 'string') problems.push(`Your ${what} could not be read, so it was left empty.`);
    else if (v.length > max) problems.push(`Your ${what} is longer than ${max} characters, so it was left empty.`);
    else s[key] = v;
  };
  str('candidateName', LIMITS.name, 'name');
  str('signature', LIMITS.signature, 'signature');
  if (o.defaultTone !== undefined) {
    if (TONES.includes(o.defaultTone as Tone)) s.defaultTone = o.defaultTone as Tone;
    else problems.push('Your default tone could not be read, so it was set to Warm.');
  }
  if (o.defaultReason !== undefined) {
    if (REASONS.includes(o.defaultReason as Reason)) s.defaultReason = o.defaultReason as Reason;
    else problems.push('Your default reason could not be read, so it was set to “I accepted another offer”.');
  }
  if (o.language !== undefined) {
    if (LANGUAGES.includes(o.language as Language)) s.language = o.language as Language;
    else problems.push('Your reply language could not be read, so it was set to follow the invitation.');
  }
  if (o.templates !== undefined) {
    const t = parseTemplates(o.templates);
    s.templates = t.templates;
    problems.push(...t.problems);
  }
  return { settings: s, problems };
}

function parseTemplates(v: unknown): { templates: Record<string, string[]>; problems: string[] } {
  const templates: Record<string, string[]> = {};
  const problems: string[] = [];
  if (!isObj(v)) return { templates, problems: ['Your own templates could not be read.'] };
  for (const [key, list] of Object.entries(v)) {
    if (!isTemplateKey(key)) {
      problems.push(`A template group named “${key.slice(0, 60)}” is not one Tactful knows.`);
      continue;
    }
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
      problems.push(`Your templates for ${key} could not be read.`);
      continue;
    }
    if (list.length > LIMITS.variantsPerKey) {
      problems.push(`You have more than ${LIMITS.variantsPerKey} templates for ${key}; only the first ${LIMITS.variantsPerKey} are used.`);
    }
    const kept = (list as string[]).slice(0, LIMITS.variantsPerKey);
    if (kept.some((x) => x.length > LIMITS.template)) {
      problems.push(`A template for ${key} is longer than ${LIMITS.template} characters.`);
      continue;
    }
    if (kept.length > 0) templates[key] = kept;
  }
  return { templates, problems };
}

/** Any stored shape (v2, v1, no version) → current settings + problems. Never throws. */
export function parseStored(value: unknown): Parsed {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return { settings: defaultSettings(), problems: ['Your saved settings were damaged and could not be read, so the defaults are in use.'] };
    }
  }
  if (!isObj(v)) {
    return { settings: defaultSettings(), problems: ['Your saved settings were not in a form Tactful understands, so the defaults are in use.'] };
  }
  const version = v.version;
  if (version === 2) return parseV2Fields(v);
  if (version === 1) return migrateV1(v);
  if (version === undefined) {
    // Written before settings had a version: same field names as v2 (or v1's, if present).
    if ('name' in v || 'tone' in v) return migrateV1(v);
    return parseV2Fields(v);
  }
  return {
    settings: defaultSettings(),
    problems: [`Your saved settings are from a different version of Tactful (${String(version).slice(0, 20)}), so the defaults are in use.`],
  };
}

/** v1 had `name` and `tone` only. */
function migrateV1(o: Record<string, unknown>): Parsed {
  const { name, tone, version: _v, ...rest } = o;
  return parseV2Fields({ ...rest, candidateName: name, defaultTone: tone });
}

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

// ---------------------------------------------------------------------------------------
// Writing. Saves on one area run one after another, so the last call is what stays.

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

/** Check a settings object completely; null when it is valid, else the first problem. */
export function validateSettings(s: unknown): string | null {
  if (!isObj(s) || s.version !== 2) return 'These are not Tactful settings (version 2).';
  const parsed = parseV2Fields(s);
  if (parsed.problems.length > 0) return parsed.problems[0] ?? 'The settings are not valid.';
  for (const key of Object.keys(s)) {
    if (!(key in parsed.settings)) return `Unknown setting “${key.slice(0, 60)}”.`;
  }
  return null;
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

/** A plain copy with empty template lists dropped, fields in a stable order. */
function normalise(s: Settings): Settings {
  const templates: Record<string, string[]> = {};
  for (const key of Object.keys(s.templates).sort()) {
    const list = s.templates[key];
    if (list && list.length > 0) templates[key] = [...list];
  }
  return {
    version: 2,
    candidateName: s.candidateName,
    signature: s.signature,
    defaultTone: s.defaultTone,
    defaultReason: s.defaultReason,
    language: s.language,
    templates,
  };
}

// ---------------------------------------------------------------------------------------
// Export / import.

export function exportSettings(s: Settings): string {
  return JSON.stringify(normalise(s), null, 2);
}

/** Validate completely; only a fully valid file produces settings. */
export function importSettings(json: string): ImportResult {
  if (typeof json !== 'string' || json.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (json.length > 1_000_000) return { ok: false, error: 'The file is too large to be Tactful settings.' };
  let data: unknown;
  try {
    data = JSON.parse(json) as unknown;
  } catch {
    return { ok: false, error: 'The file is not valid JSON, so nothing was changed.' };
  }
  if (!isObj(data)) return { ok: false, error: 'The file does not contain Tactful settings, so nothing was changed.' };
  if (data.version !== undefined && data.version !== 1 && data.version !== 2) {
    return { ok: false, error: `The file is from a different version of Tactful (${String(data.version).slice(0, 20)}), so nothing was changed.` };
  }
  const known = data.version === 2 || data.version === undefined && !('name' in data || 'tone' in data)
    ? ['version', 'candidateName', 'signature', 'defaultTone', 'defaultReason', 'language', 'templates']
    : ['version', 'name', 'tone'];
  const unknown = Object.keys(data).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    return { ok: false, error: `The file has settings Tactful does not know (${unknown.slice(0, 3).join(', ')}), so nothing was changed.` };
  }
  const parsed = parseStored(data);
  const problem = parsed.problems[0];
  if (problem !== undefined) {
    return { ok: false, error: `Nothing was changed: ${problem.replace(/(, so|; only) [^.]*\./, '.')}` };
  }
  return { ok: true, settings: parsed.settings };
}

// ---------------------------------------------------------------------------------------
// The user's own templates.

export type TemplateVars = Partial<Record<'contact_name' | 'company' | 'role' | 'candidate_name' | 'interview_time' | 'proposed_slots' | 'signature', string | string[]>>;

/**
 * Fill {variables} as plain text. Unknown names, and known ones with no value, stay
 * visible as written so the tact checker flags them as unfilled placeholders.
 * Values are never re-scanned (a company called "{role}" stays "{role}").
 */
export function renderUserTemplate(template: string, vars: TemplateVars): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(vars, name)) return whole;
    const v = vars[name as keyof TemplateVars];
    const text = Array.isArray(v) ? v.filter((x) => x.trim() !== '').join('; ') : (v ?? '');
    return text.trim() === '' ? whole : text;
  });
}

/** Variables a template uses that are not among TEMPLATE_VARIABLES. */
export function unknownVariables(template: string): string[] {
  const known = new Set(TEMPLATE_VARIABLES.map((v) => v.name));
  const out = new Set<string>();
  for (const m of template.matchAll(/\{([^{}\s]{1,40})\}/g)) {
    if (m[1] && !known.has(m[1])) out.add(m[1]);
  }
  return [...out];
}
