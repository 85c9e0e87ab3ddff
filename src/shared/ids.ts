// Every id the parts of Tactful agree on, each listed once: the template core renders them,
// the message guards and the settings accept them, the UI offers them. Pure data, no
// imports: the service worker, the content script, the pages and the CLI all load it.
// A new intent, tone, reason or reply language starts here; the compiler then points at
// every table that must name it (labels, phrase tables, messages.json keys).

/** The replies Tactful writes; the first three are its reason to exist (shown first). */
export const INTENTS = ['decline', 'reschedule', 'withdraw', 'accept', 'call_points', 'follow_up'] as const;
export type Intent = (typeof INTENTS)[number];

/** The one-shot intents of the context menu, the keyboard command and the popup's quick actions. */
export const QUICK_INTENTS = ['decline', 'reschedule', 'withdraw'] as const satisfies readonly Intent[];
export type QuickIntent = (typeof QUICK_INTENTS)[number];

export const TONES = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof TONES)[number];

export const REASONS = [
  'other_offer', 'not_a_fit', 'personal', 'logistics', 'admired_company', 'no_reason',
  // reschedule reasons
  'conflict', 'illness', 'travel',
] as const;
export type Reason = (typeof REASONS)[number];

// No reason first: it is the default, and a draft never states a reason the user did not choose
// ("I have accepted another offer" from a user who simply is not interested is a false statement).
const DECLINE_REASONS: readonly Reason[] = ['no_reason', 'other_offer', 'not_a_fit', 'personal', 'logistics', 'admired_company'];

/**
 * Which reasons make sense for each intent. The first of each list is the default (the one that
 * asserts nothing) and what a request naming a reason the intent does not offer gets.
 */
export const REASONS_BY_INTENT: Readonly<Record<Intent, readonly Reason[]>> = {
  decline: DECLINE_REASONS,
  withdraw: DECLINE_REASONS,
  reschedule: ['no_reason', 'conflict', 'illness', 'travel'],
  accept: ['no_reason'],
  // The call is a decline by phone, so it offers the decline reasons.
  call_points: DECLINE_REASONS,
  follow_up: ['no_reason'],
};

/**
 * Languages a reply can be written in (the template core has a phrase table for each). The
 * first four have every kind of reply; it, nl and pt have decline, reschedule and withdraw.
 */
export const REPLY_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** Is `x` one of `list`? (A type guard over any of the lists above.) */
export function isOneOf<T extends string>(list: readonly T[], x: unknown): x is T {
  return typeof x === 'string' && (list as readonly string[]).includes(x);
}
