// The renderer's warnings, each a message key of public/_locales/<lang>/messages.json with its
// parameters, so the panel says them in the UI's language; `text` is the English wording (the
// analyze CLI and the warnings array keep it). tests/unit/templates/messages.test.ts checks
// that every text here is exactly what en/messages.json says.
import type { Notice } from '../shared/types';

const TEXT = {
  'warnUnknownIntent': () => 'Unknown kind of reply: a decline was drafted.',
  'warnUnknownTone': () => 'Unknown tone: the warm tone was used.',
  'warnReasonReplaced': () => 'That reason does not fit this reply: the first reason it offers was used instead.',
  'warnLanguageUnavailable': (lang: string) => `Replies in “${lang}” are not available yet: the draft is in English.`,
  'warnIntentUnavailableIt': () => 'This kind of reply is not yet available in Italian: the draft is in English.',
  'warnIntentUnavailableNl': () => 'This kind of reply is not yet available in Dutch: the draft is in English.',
  'warnIntentUnavailablePt': () => 'This kind of reply is not yet available in Portuguese: the draft is in English.',
  'warnNoContact': () => 'No contact name found: the greeting is neutral.',
  'warnNoFamilyName': () => 'The contact’s family name is not known: the formal greeting does not name them.',
  'warnNoCandidateName': () => 'Your name is missing: the email ends with the sign-off only. Add your name before sending.',
  'warnNoCompany': () => 'No company name found: the draft does not name the company.',
  'warnNoRole': () => 'No role found: the draft mentions the role without its title.',
  'warnNoSlots': () => 'No alternative times given: the draft asks for their availability.',
  'warnNoInterviewTime': () => 'No interview time found: the confirmation does not restate it.',
  'warnChooseSlot': () => 'Several times were offered: choose the one you accept, and the draft confirms it.',
  'warnBookFirst': () => 'The invitation has a booking link: book a time through it first, then say so here; until then the draft says you will book one.',
  'warnNoFormat': () => 'No format or place found: the confirmation does not restate them.',
  'warnLongCandidateName': () => 'Your name was very long: it was shortened.',
  'warnLongContactName': () => 'The contact name was very long: it was shortened.',
  'warnLongCompany': () => 'The company name was very long: it was shortened.',
  'warnLongRole': () => 'The role was very long: it was shortened.',
  'warnLongInterviewTime': () => 'The interview time was very long: it was shortened.',
  'warnLongLocation': () => 'The location was very long: it was shortened.',
  'warnLongReferralName': () => 'The referral name was very long: it was shortened.',
  'warnLongSignature': () => 'The signature was very long: only its first lines are used.',
  'warnTooManySlots': () => 'Only the first three proposed times are used.',
  'warnReasonDetailCut': () => 'The reason detail had more than one sentence: only the first is used, to keep to one reason.',
} satisfies Record<string, (...params: string[]) => string>;

export type NoticeKey = keyof typeof TEXT;
export const NOTICE_KEYS = Object.keys(TEXT) as NoticeKey[];

export function notice(key: NoticeKey, ...params: string[]): Notice {
  const text = (TEXT[key] as (...p: string[]) => string)(...params);
  return { key, params, text };
}
