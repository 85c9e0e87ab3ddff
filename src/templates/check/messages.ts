// What the checker says, each a message key of public/_locales/<lang>/messages.json with its
// parameters, so the panel speaks the UI's language; the English text stays in `message`
// (the analyze CLI prints it). tests/unit/templates/messages.test.ts checks that every text
// here is exactly what en/messages.json says.
import type { Finding } from '../../shared/types';

const TEXT = {
  'findingPlaceholder': (shown: string) => `“${shown}” looks like a blank to fill in: replace it with the real value.`,
  'findingNegativity': () => 'This reads as criticism of the company, the pay, the process or the people: keep the reason neutral and forward-looking.',
  'findingVagueReason': () => '“Personal reasons” alone can sound evasive: say a little more, e.g. “a change in my circumstances means I can’t take on a new role right now”.',
  'findingReasonChain': () => 'One sentence chains several reasons: keep to one brief reason.',
  'findingReasonAfterReason': () => 'The draft gives reason after reason: one brief, honest reason is enough.',
  'findingApologiesStacked': () => 'More than one apology: one short apology is enough, and reads more confident.',
  'findingApologyExpected': () => 'When withdrawing after accepting, one short apology for the change of plans is expected.',
  'findingNoThanks': () => 'The draft never thanks them: thank them for the invitation and their time.',
  'findingDoorClosed': () => 'Nothing about the future: add a line to stay in touch or hoping your paths cross again.',
  'findingDecisionLate': () => 'State your decision in the first two or three sentences, not further down.',
  'findingConfirmationLate': () => 'State your confirmation in the first two or three sentences, not further down.',
  'findingDecisionMissing': () => 'The draft never states your decision clearly: say it plainly near the top.',
  'findingConfirmationMissing': () => 'The draft never states your confirmation clearly: say it plainly near the top.',
  'findingTooLong': (count: string, limit: string) => `About ${count} words: a reply like this reads best under ${limit} words.`,
  'findingWrongName': (greeted: string, contact: string) => `The greeting names “${greeted}”, but the invitation came from ${contact}.`,
  'findingLateReply': (days: string) => `The invitation arrived ${days} days ago: open with a short apology for the delay.`,
  'findingUntypedLink': (run: string) => `“${run}” is a link you did not type: check where it came from before sending, or remove it.`,
  'findingUntypedEmail': (run: string) => `“${run}” is an e-mail address you did not type: check where it came from before sending, or remove it.`,
  'findingUntypedAccount': (run: string) => `“${run}” is an account number you did not type: check where it came from before sending, or remove it.`,
  'findingUntypedPhone': (run: string) => `“${run}” is a phone number you did not type: check where it came from before sending, or remove it.`,
} satisfies Record<string, (...params: string[]) => string>;

export type FindingKey = keyof typeof TEXT;
export const FINDING_KEYS = Object.keys(TEXT) as FindingKey[];

/** A finding of `rule`, its English message and its message key with the parameters. */
export function said(rule: string, severity: Finding['severity'], key: FindingKey, params: string[] = [], span: [number, number] = [0, 0]): Finding {
  const message = (TEXT[key] as (...p: string[]) => string)(...params);
  return { rule, severity, message, key, params, span };
}
