// The composer's words about the analysis: the one-line verdict and plain-words errors.
// The pure first-draft mapping (fields, variables, request) is src/shared/first-draft.ts.
import type { Analysis, EmailInput } from '../../shared/types';
import { t, tMessage } from '../../shared/i18n';

const KIND_WORDS: Record<Analysis['kind'], string> = {
  invitation: 'verdictInvitation',
  reschedule_by_company: 'verdictRescheduleByCompany',
  confirmation: 'verdictConfirmation',
  reminder: 'verdictReminder',
};

// Reasons that only say again what the verdict says ("Looks like an interview invitation: invites you to an interview").
const RESTATES_VERDICT = new Set(['whyInvite', 'whyInterview', 'whyJobInterview']);

/** One line saying why we think what we think. */
export function verdictText(analysis: Analysis | null, email: EmailInput | null): string {
  if (!analysis) {
    return t(email ? 'verdictReading' : 'verdictNoEmail');
  }
  // The button showed though the verdict is no (issue 14's unsure band): say plainly we are not sure.
  if (!analysis.invitation) return t(analysis.unsure ? 'verdictUnsure' : 'verdictNotInvitation');
  // One short line: the verdict and the one reason that spoke for it most (issue 16: two reasons
  // read "asks for your availability for a video interview …; invites you to a video interview …").
  // The reason as a message key (issue 14) in the UI's language; without keys (older analyses),
  // the first English signal.
  const first = (analysis.why ?? []).find((w) => w.for === analysis.invitation && !RESTATES_VERDICT.has(w.key));
  const why = first
    ? tMessage(first, analysis.signals[(analysis.why ?? []).indexOf(first)] ?? '')
    : analysis.why?.length ? '' : (analysis.signals[0] ?? '').trim().replace(/[.;]+$/, '');
  const head = t(KIND_WORDS[analysis.kind] ?? KIND_WORDS.invitation);
  return why ? t('verdictWithSignals', [head, why]) : t('verdictSentence', head);
}

/** Any thrown thing → one plain sentence. */
export function plainError(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return m.trim() || t('errorGeneric');
}
