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

/** One line saying why we think what we think. */
export function verdictText(analysis: Analysis | null, email: EmailInput | null): string {
  if (!analysis) {
    return t(email ? 'verdictReading' : 'verdictNoEmail');
  }
  if (!analysis.invitation) return t(analysis.unsure ? 'verdictUnsure' : 'verdictNotInvitation');
  // The reasons as message keys (issue 14) in the UI's language: the first two that speak for
  // the verdict; without them (older analyses), the English signals.
  const keyed = (analysis.why ?? []).filter((w) => w.for === analysis.invitation).slice(0, 2);
  const why = keyed.length
    ? keyed.map((w) => tMessage(w, analysis.signals[(analysis.why ?? []).indexOf(w)] ?? '')).filter(Boolean).join('; ')
    : analysis.signals.slice(0, 2).map((s) => s.trim().replace(/[.;]+$/, '')).filter(Boolean).join('; ');
  const head = t(KIND_WORDS[analysis.kind] ?? KIND_WORDS.invitation);
  return why ? t('verdictWithSignals', [head, why]) : t('verdictSentence', head);
}

/** Any thrown thing → one plain sentence. */
export function plainError(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return m.trim() || t('errorGeneric');
}
