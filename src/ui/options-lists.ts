// The choices the composer and the options page offer, with their visible labels
// (messages.json: intent*, tone*, reason*, languageAuto).
// Defined here from the shared types so the UI does not depend on the template core's
// internals (the core renders whatever these ids name).
import type { Intent, Reason, Tone } from '../shared/types';
import { t } from './i18n';

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** An option whose label is looked up when read (rendering), not when this module loads. */
function option<T extends string>(value: T, key: string): Option<T> {
  return { value, get label() { return t(key); } };
}

/** The three replies the extension exists for: shown as the primary choice. */
export const PRIMARY_INTENTS: readonly Option<Intent>[] = [
  option('decline', 'intentDecline'),
  option('reschedule', 'intentReschedule'),
  option('withdraw', 'intentWithdraw'),
];

/** Less common replies, shown in a secondary group. */
export const SECONDARY_INTENTS: readonly Option<Intent>[] = [
  option('accept', 'intentAccept'),
  option('call_points', 'intentCallPoints'),
  option('follow_up', 'intentFollowUp'),
];

export const INTENT_OPTIONS: readonly Option<Intent>[] = [...PRIMARY_INTENTS, ...SECONDARY_INTENTS];

export const TONE_OPTIONS: readonly Option<Tone>[] = [
  option('warm', 'toneWarm'),
  option('formal', 'toneFormal'),
  option('brief', 'toneBrief'),
];

const REASON_KEYS: Record<Reason, string> = {
  other_offer: 'reasonOtherOffer',
  not_a_fit: 'reasonNotAFit',
  personal: 'reasonPersonal',
  logistics: 'reasonLogistics',
  admired_company: 'reasonAdmiredCompany',
  no_reason: 'reasonNoReason',
  conflict: 'reasonConflict',
  illness: 'reasonIllness',
  travel: 'reasonTravel',
};

/**
 * Which reasons make sense for each intent, most common first. The same lists as the
 * template core's REASONS_BY_INTENT (a test keeps them equal); kept here so the content
 * script's composer does not pull the core into its bundle.
 */
export const REASONS_BY_INTENT: Record<Intent, readonly Reason[]> = {
  decline: ['other_offer', 'not_a_fit', 'personal', 'logistics', 'admired_company', 'no_reason'],
  reschedule: ['conflict', 'illness', 'travel'],
  withdraw: ['other_offer', 'not_a_fit', 'personal', 'logistics', 'admired_company', 'no_reason'],
  accept: ['no_reason'],
  call_points: ['other_offer', 'not_a_fit', 'personal', 'logistics', 'admired_company', 'no_reason'],
  follow_up: ['no_reason'],
};

export const ALL_REASONS = Object.keys(REASON_KEYS) as Reason[];
export const ALL_INTENTS: readonly Intent[] = INTENT_OPTIONS.map((o) => o.value);
export const ALL_TONES: readonly Tone[] = TONE_OPTIONS.map((o) => o.value);

export function intentLabel(intent: Intent): string {
  return INTENT_OPTIONS.find((o) => o.value === intent)?.label ?? intent;
}

export function toneLabel(tone: Tone): string {
  return TONE_OPTIONS.find((o) => o.value === tone)?.label ?? tone;
}

export function reasonLabel(reason: Reason): string {
  const key = REASON_KEYS[reason];
  return key ? t(key) : reason;
}

export function reasonOptions(intent: Intent): Option<Reason>[] {
  return REASONS_BY_INTENT[intent].map((value) => ({ value, label: reasonLabel(value) }));
}

/** The reason to preselect for an intent: the user's default when it fits, else the first. */
export function defaultReasonFor(intent: Intent, preferred?: Reason): Reason {
  const list = REASONS_BY_INTENT[intent];
  if (preferred && list.includes(preferred)) return preferred;
  return list[0] ?? 'no_reason';
}

export const LANGUAGE_OPTIONS = [
  option('auto', 'languageAuto'),
  // The languages themselves are named in their own language, in every locale.
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
] as const;

export type LanguageSetting = (typeof LANGUAGE_OPTIONS)[number]['value'];
