// The settings' shape: the fields, their defaults and limits, and the reader that turns any
// stored or imported value into valid settings plus plain-words problems. Pure: no storage
// (./store.ts) and no files (./transfer.ts); runs wherever settings are read.
import { INTENTS, REASONS, REPLY_LANGUAGES, TONES, isOneOf, type ReplyLanguage } from '../ids';
import type { Intent, Reason, Tone } from '../ids';
import { isObj } from '../guards';
import { t } from '../i18n';

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
    defaultReason: 'no_reason',
    language: 'auto',
    templates: {},
  };
}

export function templateKey(intent: Intent, tone: Tone): string {
  return `${intent}/${tone}`;
}

function isTemplateKey(key: string): boolean {
  const [intent, tone, extra] = key.split('/');
  return extra === undefined && isOneOf(INTENTS, intent) && isOneOf(TONES, tone);
}

// Reading: validate field by field, keep what is good, report the rest. Each problem is a
// fact ("Your name could not be read.") and, when stored settings are read, what Tactful did
// about it ("It was left empty."); an import says only the fact, since it changes nothing.

export interface Parsed {
  settings: Settings;
  /** Fact and consequence, for stored settings. */
  problems: string[];
  /** The facts alone, one per problem (what an import refusal names). */
  facts: string[];
}

class Problems {
  readonly problems: string[] = [];
  readonly facts: string[] = [];
  add(fact: string, effect?: string): void {
    this.facts.push(fact);
    this.problems.push(effect ? `${fact} ${effect}` : fact);
  }
  addAll(other: { problems: string[]; facts: string[] }): void {
    this.problems.push(...other.problems);
    this.facts.push(...other.facts);
  }
}

/** Field-by-field: every field that is wrong falls back to its default with a problem. */
function parseV2Fields(o: Record<string, unknown>): Parsed {
  const s = defaultSettings();
  const p = new Problems();
  const str = (key: 'candidateName' | 'signature', max: number, unreadable: string, tooLong: string) => {
    const v = o[key];
    if (v === undefined) return;
    if (typeof v !== 'string') p.add(t(unreadable), t('settingsLeftEmpty'));
    else if (v.length > max) p.add(t(tooLong, String(max)), t('settingsLeftEmpty'));
    else s[key] = v;
  };
  str('candidateName', LIMITS.name, 'settingsNameUnreadable', 'settingsNameTooLong');
  str('signature', LIMITS.signature, 'settingsSignatureUnreadable', 'settingsSignatureTooLong');
  if (o.defaultTone !== undefined) {
    if (isOneOf(TONES, o.defaultTone)) s.defaultTone = o.defaultTone as Tone;
    else p.add(t('settingsToneUnreadable'), t('settingsToneReset', t('toneWarm')));
  }
  if (o.defaultReason !== undefined) {
    if (isOneOf(REASONS, o.defaultReason)) s.defaultReason = o.defaultReason as Reason;
    else p.add(t('settingsReasonUnreadable'), t('settingsReasonReset', t('reasonNoReason')));
  }
  if (o.language !== undefined) {
    if (isOneOf(LANGUAGES, o.language)) s.language = o.language as Language;
    else p.add(t('settingsLanguageUnreadable'), t('settingsLanguageReset'));
  }
  if (o.templates !== undefined) {
    const parsed = parseTemplates(o.templates);
    s.templates = parsed.templates;
    p.addAll(parsed.problems);
  }
  return { settings: s, problems: p.problems, facts: p.facts };
}

function parseTemplates(v: unknown): { templates: Record<string, string[]>; problems: Problems } {
  const templates: Record<string, string[]> = {};
  const p = new Problems();
  if (!isObj(v)) {
    p.add(t('settingsTemplatesUnreadable'));
    return { templates, problems: p };
  }
  for (const [key, list] of Object.entries(v)) {
    if (!isTemplateKey(key)) {
      p.add(t('settingsGroupUnknown', key.slice(0, 60)));
      continue;
    }
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
      p.add(t('settingsGroupUnreadable', key));
      continue;
    }
    const max = String(LIMITS.variantsPerKey);
    if (list.length > LIMITS.variantsPerKey) p.add(t('settingsGroupTooMany', [max, key]), t('settingsGroupFirstOnly', max));
    const kept = (list as string[]).slice(0, LIMITS.variantsPerKey);
    if (kept.some((x) => x.length > LIMITS.template)) {
      p.add(t('settingsTemplateTooLong', [key, String(LIMITS.template)]));
      continue;
    }
    if (kept.length > 0) templates[key] = kept;
  }
  return { templates, problems: p };
}

function unusable(fact: string): Parsed {
  return { settings: defaultSettings(), problems: [`${fact} ${t('settingsDefaultsInUse')}`], facts: [fact] };
}

/** Any stored shape (v2, v1, no version) → current settings + problems. Never throws. */
export function parseStored(value: unknown): Parsed {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return unusable(t('settingsDamaged'));
    }
  }
  if (!isObj(v)) {
    return unusable(t('settingsNotSettings'));
  }
  const version = v.version;
  if (version === 2) return parseV2Fields(v);
  if (version === 1) return migrateV1(v);
  if (version === undefined) {
    // Written before settings had a version: same field names as v2 (or v1's, if present).
    if ('name' in v || 'tone' in v) return migrateV1(v);
    return parseV2Fields(v);
  }
  return unusable(t('settingsOtherVersion', String(version).slice(0, 20)));
}

/** v1 had `name` and `tone` only. */
function migrateV1(o: Record<string, unknown>): Parsed {
  const { name, tone, version: _v, ...rest } = o;
  return parseV2Fields({ ...rest, candidateName: name, defaultTone: tone });
}

/** Check a settings object completely; null when it is valid, else the first problem. */
export function validateSettings(s: unknown): string | null {
  if (!isObj(s) || s.version !== 2) return t('settingsNotVersion2');
  const parsed = parseV2Fields(s);
  const first = parsed.facts[0];
  if (first !== undefined) return first;
  for (const key of Object.keys(s)) {
    if (!(key in parsed.settings)) return t('settingsUnknownField', key.slice(0, 60));
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
