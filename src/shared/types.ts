// Plain data shared by the template core, the analysis, the UI and the CLI.
// No DOM, no browser API: everything here must run in Node too.
// The id lists (intents, tones, reasons, languages) and their types live in ./ids.ts.
import type { Intent, Reason, Tone } from './ids';

export type { Intent, Reason, Tone } from './ids';

/** One email as the webmail adapters (or the CLI) read it. */
export interface EmailInput {
  subject: string;
  fromName: string;
  fromEmail: string;
  /** Plain text of the message body (quoted history may still be in it). */
  body: string;
  /** ISO 8601 or anything Date can parse; empty when unknown. */
  receivedAt: string;
  /** The candidate's own name when known: never greet them. */
  candidateName?: string;
}

export type InvitationKind = 'invitation' | 'reschedule_by_company' | 'confirmation' | 'reminder';
export type InterviewFormat = 'phone' | 'video' | 'onsite' | '';

export interface ExtractedFields {
  company: string;
  role: string;
  /** The person to greet: signer or sender, never a no-reply robot, never the candidate. */
  contactName: string;
  /** Local date-times "YYYY-MM-DDTHH:MM", resolved against receivedAt. */
  proposedTimes: string[];
  /** Time zone as written in the email ("CET", "Europe/Berlin", "UTC+2"), or "". */
  timezone: string;
  format: InterviewFormat;
  /** The first scheduling link (Calendly, GoodTime, …) or "". */
  schedulingLink: string;
  /** Free text for place / meeting link when the email gives one, or "". */
  location: string;
}

export interface Analysis {
  invitation: boolean;
  /** In [0, 1]. */
  confidence: number;
  /** Meaningful only when invitation is true; 'invitation' otherwise. */
  kind: InvitationKind;
  /** Human-readable reasons that decided the verdict, most telling first. */
  signals: string[];
  fields: ExtractedFields;
  /** ISO 639-1 code of the email's language ("en", "de", …). */
  language: string;
}

/** Values a draft is built from. Every field may be empty: the renderer copes. */
export interface DraftVariables {
  candidateName: string;
  /** Signature block below the name (title, phone…), may be empty. */
  signature: string;
  contactName: string;
  company: string;
  role: string;
  /** Human-readable interview date/time as the email gave it, or "". */
  interviewTime: string;
  format: InterviewFormat;
  location: string;
  /** Alternative slots, already written as the recipient should read them. */
  proposedSlots: string[];
  /** Candidate's own scheduling link, or "". */
  schedulingLink: string;
  /** Optional extra words on the reason ("I have moved to Lisbon"). */
  reasonDetail: string;
  /** Referred candidate for a withdrawal, or "". */
  referralName: string;
  /** Offer a remote interview instead (logistics). */
  askRemote: boolean;
  /** Original subject of the invitation. */
  originalSubject: string;
  /** Optional: the reply is late (over ~48 h), so the draft opens with a short apology for the delay. */
  lateReply?: boolean;
  /** Reschedule: the company offered several times and none fits (no single slot to name). */
  noneOfOffered?: boolean;
}

export interface DraftRequest {
  intent: Intent;
  reason: Reason;
  tone: Tone;
  /** Language of the reply ("en", "de", "fr", "es"); unknown ones fall back to English. */
  language: string;
  /** Picks the phrasing variant; same seed, same output. */
  seed: number;
  vars: Partial<DraftVariables>;
}

export interface RenderedDraft {
  subject: string;
  /** Plain text. */
  body: string;
  /** Safe markup: every value escaped. */
  html: string;
  /** Missing variables and other things the user should know, in plain words. */
  warnings: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Offending span in the draft body: [start, end) character offsets; [0,0] when global. */
  span: [number, number];
}

export interface TactContext {
  intent: Intent;
  /** Name of the person who wrote or signed the invitation, "" when unknown. */
  contactName?: string;
  /** When the invitation arrived (ISO) and now (ISO), for the late-reply rule. */
  receivedAt?: string;
  now?: string;
  /** Optional: language of the draft ("en", "de", …); guessed from the text when absent. */
  language?: string;
}
