// The first draft from an analysis and the user's settings: what the composer's fields
// start as, the variables and the request sent to the template core, the tact checker's
// context. Pure (no DOM, no browser API): the composer, the service worker's one-shot
// drafts (context menu) and the analyze CLI all start from this one mapping.
import type { Analysis, DraftRequest, DraftVariables, EmailInput, Intent, InterviewFormat, Reason, Register, TactContext, Tone } from './types';
import { REASONS_BY_INTENT } from './ids';
import type { Settings } from './settings/schema';
import { formatLocalDateTime } from './dates';
import { formatSlotForRecipient, zoneOffsetMinutes } from './timezones';

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
  /** How the interview takes place, as read from the email and editable (an accept restates it). */
  format: InterviewFormat;
  /** The place, as read from the email and editable. */
  location: string;
  /** The invitation's booking link: the candidate says they have booked a time through it. */
  booked: boolean;
}

const LATE_MS = 48 * 3600 * 1000;

export function isLate(receivedAt: string | undefined, now: Date): boolean {
  if (!receivedAt) return false;
  const at = Date.parse(receivedAt);
  return Number.isFinite(at) && now.getTime() - at > LATE_MS;
}

/** "2026-05-12T10:00" + "CET" → "Tuesday 12 May at 10:00 CET", "Dienstag, 12. Mai, 10:00 Uhr CET" (as the reply's language writes it). */
export function formatLocalTime(local: string, language: string, timezone = ''): string {
  return formatLocalDateTime(local, language, timezone);
}

export function replyLanguage(settings: Settings, analysis: Analysis | null): string {
  if (settings.language !== 'auto') return settings.language;
  return analysis?.language || 'en';
}

/** The reason to preselect for an intent: the user's default when it fits, else the first. */
export function defaultReasonFor(intent: Intent, preferred?: Reason): Reason {
  const list = REASONS_BY_INTENT[intent];
  if (preferred && list.includes(preferred)) return preferred;
  return list[0] ?? 'no_reason';
}

/** The register to answer in: the recruiter's, when the analysis could read it. */
export function replyRegister(analysis: Analysis | null): Register | undefined {
  return analysis?.address?.register || undefined;
}

/**
 * The tone a draft starts in: formal to a formal writer, warm to an informal one (a formal-tone
 * reply to "Hi Sam" reads stiff); brief stays brief, and without a read register the user's default.
 */
export function defaultToneFor(settings: Pick<Settings, 'defaultTone'>, analysis: Analysis | null): Tone {
  const register = replyRegister(analysis);
  if (!register || settings.defaultTone === 'brief') return settings.defaultTone;
  return register === 'formal' ? 'formal' : 'warm';
}

const familyName = (name: string): string => name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';

/** The signer's gender and title, as long as the contact field still names that signer. */
function contactDetails(contactName: string, analysis: Analysis | null): Pick<DraftVariables, 'contactGender' | 'contactTitle'> {
  const a = analysis?.address;
  const read = analysis?.fields.contactName ?? '';
  if (!a || !read || familyName(contactName) !== familyName(read)) return {};
  return { ...(a.contactGender ? { contactGender: a.contactGender } : {}), ...(a.contactTitle ? { contactTitle: a.contactTitle } : {}) };
}

/** The extracted, editable part of the fields. */
export function extractedFields(analysis: Analysis | null, language: string): Pick<ComposerFields, 'contactName' | 'company' | 'role' | 'interviewTime' | 'format' | 'location'> {
  const f = analysis?.fields;
  // Several offered times: there is no one "interview time" to name in a reply until the user picks one.
  const first = f && f.proposedTimes.length === 1 ? f.proposedTimes[0] : undefined;
  return {
    contactName: f?.contactName ?? '',
    company: f?.company ?? '',
    role: f?.role ?? '',
    interviewTime: first ? formatLocalTime(first, language, f?.timezone ?? '') : '',
    format: f?.format ?? '',
    location: f?.location ?? '',
  };
}

/** One time the invitation offered: what the reply says, and what the panel lists (the user's clock beside the invitation's zone). */
export interface OfferedSlot {
  value: string;
  label: string;
}

/** The times the invitation offered, for the user to pick the one they accept. */
export function offeredSlots(analysis: Analysis | null, language: string, ownZone: string): OfferedSlot[] {
  const f = analysis?.fields;
  if (!f) return [];
  return f.proposedTimes.map((local) => {
    const value = formatLocalTime(local, language, f.timezone);
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
    if (!m || !f.timezone) return { value, label: value };
    const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
    const offset = zoneOffsetMinutes(f.timezone, new Date(wall));
    if (offset === null) return { value, label: value };
    return { value, label: formatSlotForRecipient(new Date(wall - offset * 60_000), f.timezone, ownZone, language) };
  });
}

export function initialFields(analysis: Analysis | null, email: EmailInput | null, settings: Settings, now = new Date()): ComposerFields {
  return {
    ...extractedFields(analysis, replyLanguage(settings, analysis)),
    proposedSlots: '',
    candidateName: settings.candidateName || email?.candidateName || '',
    askRemote: false,
    lateReply: isLate(email?.receivedAt, now),
    booked: false,
  };
}

function slotsOf(fields: ComposerFields): string[] {
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
    format: fields.format,
    location: fields.location.trim(),
    proposedSlots: slotsOf(fields),
    askRemote: fields.askRemote,
    noneOfOffered: (analysis?.fields.proposedTimes.length ?? 0) > 1 && fields.interviewTime.trim() === '',
    // The invitation's own booking link and no time set: nothing to confirm or move yet.
    bookingLink: (analysis?.fields.schedulingLink ?? '') !== '',
    booked: fields.booked,
    lateReply: fields.lateReply,
    originalSubject: email?.subject ?? '',
    ...contactDetails(fields.contactName, analysis),
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
  /** Formal or informal address; absent: the template core's default for the language. */
  register?: Register | undefined;
}

export function draftRequest(choice: DraftChoice, language: string, vars: Partial<DraftVariables>): DraftRequest {
  const req: DraftRequest = { intent: choice.intent, reason: choice.reason, tone: choice.tone, language, seed: choice.seed, vars };
  if (choice.register) req.register = choice.register;
  return req;
}

/** The whole first draft for a one-shot entry point (context menu, CLI), with the user's defaults. */
export function firstDraftRequest(
  intent: Intent,
  analysis: Analysis | null,
  email: EmailInput | null,
  settings: Settings,
  now = new Date(),
  seed = 0,
): { request: DraftRequest; context: TactContext } {
  const fields = initialFields(analysis, email, settings, now);
  const vars = draftVariables(fields, settings, analysis, email);
  const choice = { intent, reason: defaultReasonFor(intent, settings.defaultReason), tone: defaultToneFor(settings, analysis), seed, register: replyRegister(analysis) };
  return { request: draftRequest(choice, replyLanguage(settings, analysis), vars), context: tactContext(intent, fields, email, now) };
}
