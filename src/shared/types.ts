// src/shared/: what every part imports (cores, entry points, UI, CLI) and that imports
// nothing else of src/: ids, hosts, the message protocol, settings, the first-draft
// mapping, i18n, time zones and these plain types. No DOM here; only i18n.ts and the
// settings store touch a browser API (injected or guarded), so all of it runs in Node too.
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

/** One reason behind the verdict: a message key (public/_locales) and its parameters. */
export interface Why {
  key: string;
  params?: string[];
  /** True when it spoke for an invitation, false when against. */
  for: boolean;
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
  /** Offer the "Reply tactfully" button: every invitation, and mail that plausibly concerns a job interview. */
  button?: boolean;
  /** The button shows though the verdict is no: the panel should say it is not sure this is an interview invitation. */
  unsure?: boolean;
  /** The reasons that carried the decision, most telling first, as message keys (signals are the English text). */
  why?: Why[];
  /** How the email addresses the candidate, and the signer as it shows them (absent in older callers). */
  address?: Address;
}

/** Register of the invitation and the signer's gender and title, each '' when the email does not show it. */
export interface Address {
  register: Register | '';
  contactGender: ContactGender;
  contactTitle: string;
}

/** How the reply addresses the recipient: Sie/vous/usted and a title-and-surname greeting, or du/tu/tú and a first name. */
export type Register = 'formal' | 'informal';
/** The contact's gender only when the email itself shows it (a title, a salutation): never guessed from a first name. */
export type ContactGender = 'female' | 'male' | '';

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
  /** The company offered several times and none is the one: reschedule — none fits; accept — none chosen yet. */
  noneOfOffered?: boolean;
  /** Optional: the invitation lets the candidate book a time themselves (a scheduling link), no time is set yet. */
  bookingLink?: boolean;
  /** Optional, with bookingLink: the candidate says they have booked a time through that link. */
  booked?: boolean;
  /** Optional: the contact's gender when the email shows it ("Frau", "Mme", "Sra.", "Ms"); "" when unknown. */
  contactGender?: ContactGender;
  /** Optional: an academic title of the contact ("Dr.", "Prof. Dr."), used in formal greetings. */
  contactTitle?: string;
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
  /**
   * Optional: formal (Sie/vous/usted, "Sehr geehrte Frau Hoffmann,") or informal (du/tu/tú, first name).
   * When absent: formal in every language but English, where the formal tone is formal and the others informal.
   */
  register?: Register;
}

export interface RenderedDraft {
  subject: string;
  /** Plain text. */
  body: string;
  /** Safe markup: every value escaped. */
  html: string;
  /** Missing variables and other things the user should know, in plain English words. */
  warnings: string[];
  /** The same warnings as message keys with parameters, for the UI to say in its own language. */
  notices?: Notice[];
}

/** A message of the template core: a key of messages.json, its substitutions, and the English text. */
export interface Notice {
  key: string;
  params: string[];
  text: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  /** In English; `key` and `params` say it in the UI's language. */
  message: string;
  /** Message key of messages.json for `message`, with its substitutions. */
  key?: string;
  params?: string[];
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
  /**
   * Optional: the language the caller expects ("en", "de", …). Only a hint: the rules run in the
   * language the draft is written in, detected from its text; the hint settles a text too short to tell.
   */
  language?: string;
  /**
   * Optional: everything the user typed themselves (name, signature, reason detail, their own text in
   * the draft box). When given, a URL, e-mail address, IBAN-like or phone-like run in the draft that
   * appears in none of them is flagged (rule "untyped-data"); when absent that rule does not run.
   */
  typed?: readonly string[];
}
