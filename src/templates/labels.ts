import type { Intent, Reason, Tone } from '../shared/types';
import { INTENTS, TONES } from '../shared/ids';

// The lists themselves are the shared ones (src/shared/ids.ts); re-exported for the core's API.
export { INTENTS, TONES, REASONS_BY_INTENT } from '../shared/ids';

const INTENT_LABELS: Record<Intent, string> = {
  decline: 'Decline the interview',
  reschedule: 'Ask for another time',
  withdraw: 'Withdraw after accepting',
  accept: 'Accept and confirm',
  call_points: 'Talking points for a call',
  follow_up: 'Stay in touch afterwards',
};

const REASON_LABELS: Record<Reason, string> = {
  other_offer: 'I accepted another offer',
  not_a_fit: 'The role is not the right fit',
  personal: 'My circumstances changed',
  logistics: 'Travel or location does not work',
  admired_company: 'Accepted elsewhere, but I admire this company',
  no_reason: 'No reason given',
  conflict: 'A clash with another commitment',
  illness: 'I am unwell',
  travel: 'I will be travelling',
};

const TONE_LABELS: Record<Tone, string> = {
  warm: 'Warm',
  formal: 'Formal',
  brief: 'Brief',
};

export function intentLabel(intent: Intent): string {
  return INTENT_LABELS[intent] ?? String(intent);
}
export function reasonLabel(reason: Reason): string {
  return REASON_LABELS[reason] ?? String(reason);
}
export function toneLabel(tone: Tone): string {
  return TONE_LABELS[tone] ?? String(tone);
}

export function isIntent(x: unknown): x is Intent {
  return typeof x === 'string' && (INTENTS as readonly string[]).includes(x);
}
export function isTone(x: unknown): x is Tone {
  return typeof x === 'string' && (TONES as readonly string[]).includes(x);
}
