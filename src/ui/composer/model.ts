// Pure helpers of the composer: what the fields start as, the request to the core,
// the one-line verdict. No DOM.
import type { Analysis, DraftRequest, DraftVariables, EmailInput, Intent, Reason, TactContext, Tone } from '../../shared/types';
import type { Settings, TemplateVars } from '../../shared/settings';
import { renderUserTemplate, templateKey } from '../../shared/settings';
import { t } from '../i18n';

/** What the user can edit besides intent/reason/tone. Slots are one per line. */
export interface ComposerFields {
  contactName: string;
  company: string;
  role: string;
  interviewTime: string;
  proposedSlots: string;
  candidateName: string;
  askRemote: boolean;
  /** Open with a short apology for the delay (default: the invitation is over 48 h old). */
  lateReply: boolean;
}

const LATE_MS = 48 * 3600 * 1000;

export function isLate(receivedAt: string | undefined, now: Date): boolean {
  if (!receivedAt) return false;
  const at = Date.parse(receivedAt);
  return Number.isFinite(at) && now.getTime() - at > LATE_MS;
}

/** "2026-05-12T10:00" + "CET" → "Tuesday 12 May, 10:00 CET" (in the reply's language). */
export function formatLocalTime(local: string, language: string, timezone = ''): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return [local, timezone].filter(Boolean).join(' ');
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let text: string;
  try {
    // en-GB: day before month, as the templates write dates ("Thursday 22 May").
    text = new Intl.DateTimeFormat(!language || language === 'en' ? 'en-GB' : language, {
      weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hour12: false,
    }).format(d);
  } catch {
    text = `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
  }
  return timezone ? `${text} ${timezone}` : text;
}

export function replyLanguage(settings: Settings, analysis: Analysis | null): string {
  if (settings.language !== 'auto') return settings.language;
  return analysis?.language || 'en';
}

/** The extracted, editable part of the fields. */
export function extractedFields(analysis: Analysis | null, language: string): Pick<ComposerFields, 'contactName' | 'company' | 'role' | 'interviewTime'> {
  const f = analysis?.fields;
  // Several offered times: there is no one "interview time" to name in a reply.
  const first = f && f.proposedTimes.length === 1 ? f.proposedTimes[0] : undefined;
  return {
    contactName: f?.contactName ?? '',
    company: f?.company ?? '',
    role: f?.role ?? '',
    interviewTime: first ? formatLocalTime(first, language, f?.timezone ?? '') : '',
  };
}

export function initialFields(analysis: Analysis | null, email: EmailInput | null, settings: Settings, now = new Date()): ComposerFields {
  return {
    ...extractedFields(analysis, replyLanguage(settings, analysis)),
    proposedSlots: '',
    candidateName: settings.candidateName || email?.candidateName || '',
    askRemote: false,
    lateReply: isLate(email?.receivedAt, now),
  };
}

export function slotsOf(fields: ComposerFields): string[] {
  return fields.proposedSlots.split('\n').map((s) => s.trim()).filter(Boolean);
}

export function draftVariables(fields: ComposerFields, settings: Settings, analysis: Analysis | null, email: EmailInput | null): Partial<DraftVariables> {
  return {
    candidateName: fields.candidateName.trim(),
    signature: settings.signature,
    contactName: fields.contactName.trim(),
    company: fields.company.trim(),
    role: fields.role.trim(),
    interviewTime: fields.interviewTime.trim(),
    format: analysis?.fields.format ?? '',
    location: analysis?.fields.location ?? '',
    proposedSlots: slotsOf(fields),
    askRemote: fields.askRemote,
    noneOfOffered: (analysis?.fields.proposedTimes.length ?? 0) > 1 && fields.interviewTime.trim() === '',
    lateReply: fields.lateReply,
    originalSubject: email?.subject ?? '',
  };
}

export function templateVars(v: Partial<DraftVariables>): TemplateVars {
  return {
    contact_name: v.contactName ?? '',
    company: v.company ?? '',
    role: v.role ?? '',
    candidate_name: v.candidateName ?? '',
    interview_time: v.interviewTime ?? '',
    proposed_slots: v.proposedSlots ?? [],
    signature: v.signature ?? '',
  };
}

export function tactContext(intent: Intent, fields: ComposerFields, email: EmailInput | null, now: Date, language?: string): TactContext {
  const ctx: TactContext = { intent, contactName: fields.contactName.trim(), now: now.toISOString() };
  if (language) ctx.language = language;
  if (email?.receivedAt) ctx.receivedAt = email.receivedAt;
  return ctx;
}

export interface DraftChoice {
  intent: Intent;
  reason: Reason;
  tone: Tone;
  seed: number;
}

/**
 * Which wording a seed picks: the user's own variants for this intent and tone come first,
 * then the built-in wording, then round again ("Another wording" walks through them all).
 */
export function pickUserTemplate(settings: Settings, intent: Intent, tone: Tone, seed: number): string | null {
  const list = (settings.templates[templateKey(intent, tone)] ?? []).filter((s) => s.trim() !== '');
  if (list.length === 0) return null;
  const slot = ((seed % (list.length + 1)) + list.length + 1) % (list.length + 1);
  return slot < list.length ? (list[slot] ?? null) : null;
}

export function draftRequest(choice: DraftChoice, language: string, vars: Partial<DraftVariables>): DraftRequest {
  return { intent: choice.intent, reason: choice.reason, tone: choice.tone, language, seed: choice.seed, vars };
}

export function renderOwn(template: string, vars: Partial<DraftVariables>): string {
  return renderUserTemplate(template, templateVars(vars));
}

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
  if (!analysis.invitation) return t('verdictNotInvitation');
  const why = analysis.signals.slice(0, 2).map((s) => s.trim().replace(/[.;]+$/, '')).filter(Boolean).join('; ');
  const head = t(KIND_WORDS[analysis.kind] ?? KIND_WORDS.invitation);
  return why ? t('verdictWithSignals', [head, why]) : t('verdictSentence', head);
}

/** Any thrown thing → one plain sentence. */
export function plainError(e: unknown): string {
  const m = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return m.trim() || t('errorGeneric');
}
