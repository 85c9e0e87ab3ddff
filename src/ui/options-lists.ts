// The choices the composer and the options page offer, with their visible labels
// (messages.json: intent*, tone*, reason*, languageAuto). The ids and their order are the
// shared lists (src/shared/ids.ts); only the labels are here.
import { INTENTS, QUICK_INTENTS, REASONS, REASONS_BY_INTENT, REPLY_LANGUAGES, TONES, isOneOf } from '../shared/ids';
import type { Intent, Reason, ReplyLanguage, Tone } from '../shared/ids';
import type { Language } from '../shared/settings/schema';
import { t } from '../shared/i18n';

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** An option whose label is looked up when read (rendering), not when this module loads. */
function option<T extends string>(value: T, key: string): Option<T> {
  return { value, get label() { return t(key); } };
}

const INTENT_KEYS: Record<Intent, string> = {
  decline: 'intentDecline',
  reschedule: 'intentReschedule',
  withdraw: 'intentWithdraw',
  accept: 'intentAccept',
  call_points: 'intentCallPoints',
  follow_up: 'intentFollowUp',
};

const TONE_KEYS: Record<Tone, string> = { warm: 'toneWarm', formal: 'toneFormal', brief: 'toneBrief' };

export const INTENT_OPTIONS: readonly Option<Intent>[] = INTENTS.map((i) => option(i, INTENT_KEYS[i]));

/** The three replies the extension exists for (the quick intents): shown as the primary choice. */
export const PRIMARY_INTENTS: readonly Option<Intent>[] = INTENT_OPTIONS.filter((o) => isOneOf(QUICK_INTENTS, o.value));

/** Less common replies, shown in a secondary group. */
export const SECONDARY_INTENTS: readonly Option<Intent>[] = INTENT_OPTIONS.filter((o) => !isOneOf(QUICK_INTENTS, o.value));

export const TONE_OPTIONS: readonly Option<Tone>[] = TONES.map((tone) => option(tone, TONE_KEYS[tone]));

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

// No reason first: the default, and the one that asserts nothing.
export const ALL_REASONS: readonly Reason[] = ['no_reason', ...REASONS.filter((r) => r !== 'no_reason')];

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

// The languages themselves are named in their own language, in every locale.
const ENDONYMS: Record<ReplyLanguage, string> = {
  en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', nl: 'Nederlands', pt: 'Português',
};

export const LANGUAGE_OPTIONS: readonly Option<Language>[] = [
  option('auto', 'languageAuto'),
  ...REPLY_LANGUAGES.map((value) => ({ value, label: ENDONYMS[value] })),
];
