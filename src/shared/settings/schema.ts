// The settings' shape: the fields, their defaults and limits, and the reader that turns any
// stored or imported value into valid settings plus plain-words problems. Pure: no storage
// (./store.ts) and no files (./transfer.ts); runs wherever settings are read.
import { INTENTS, REASONS, REPLY_LANGUAGES, TONES, isOneOf, type ReplyLanguage } from '../ids';
import type { Intent, Reason, Tone } from '../ids';
import { isObj } from '../guards';

/** 'auto' = reply in the invitation's language. */
export type Language = 'auto' | ReplyLanguage;
const LANGUAGES: readonly Language[] = ['auto', ...REPLY_LANGUAGES];

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

export const LIMITS = {
  name: 200,
  signature: 2_000,
  template: 5_000,
  variantsPerKey: 10,
} as const;

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
  return extra === undefined && isOneOf(INTENTS, intent) && isOneOf(TONES, tone);
}

// Reading: validate field by field, keep what is good, report the rest.

export interface Parsed {
  settings: Settings;
  problems: string[];
}

/** Field-by-field: every field that is wrong falls back to its default with a problem. */
export function parseV2Fields(o: Record<string, unknown>): Parsed {
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
    if (isOneOf(TONES, o.defaultTone)) s.defaultTone = o.defaultTone as Tone;
    else problems.push('Your default tone could not be read, so it was set to Warm.');
  }
  if (o.defaultReason !== undefined) {
    if (isOneOf(REASONS, o.defaultReason)) s.defaultReason = o.defaultReason as Reason;
    else problems.push('Your default reason could not be read, so it was set to “I accepted another offer”.');
  }
  if (o.language !== undefined) {
    if (isOneOf(LANGUAGES, o.language)) s.language = o.language as Language;
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

/** A plain copy with empty template lists dropped, fields in a stable order. */
export function normalise(s: Settings): Settings {
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
