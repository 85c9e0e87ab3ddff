// One JSONL line in, one JSONL record out: the contract of `npm run analyze`.
// Pure: no I/O here (the CLI reads and writes).
import type { Analysis, EmailInput, Finding } from '../../src/shared/types';
import { renderDraft, checkTact } from '../../src/templates/index';
import { analyzeEmail } from '../../src/analysis/index';
import { firstDraftRequest } from '../../src/shared/first-draft';
import { defaultSettings, type Settings } from '../../src/shared/settings';

export interface AnalyzeLineOptions {
  /** The candidate's name, used as the signature of the drafts. */
  name?: string;
  /** "Now" for the late-reply rule of the tact checker (ISO); defaults to received_at. */
  now?: string;
}

export interface DraftOut {
  subject: string;
  body: string;
  findings: Finding[];
}

export interface LineResult {
  id: string | number | null;
  invitation: boolean;
  kind: string;
  confidence: number;
  /** Show the "Reply tactfully" button: true for invitations and for mail that plausibly concerns a job interview. */
  button: boolean;
  signals: string[];
  fields: {
    company: string;
    role: string;
    contact_name: string;
    proposed_times: string[];
    timezone: string;
    format: string;
    scheduling_link: string;
  };
  drafts: { decline: DraftOut; reschedule: DraftOut; withdraw: DraftOut };
  address: { register: string; contact_gender: string; contact_title: string };
}

export interface LineError {
  id: string | number | null;
  error: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** Map one parsed JSONL object to an EmailInput (throws on a non-object). */
export function toEmail(obj: unknown, opts: AnalyzeLineOptions = {}): EmailInput {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('line is not a JSON object');
  const o = obj as Record<string, unknown>;
  if (typeof o.body !== 'string' && typeof o.subject !== 'string') throw new Error('missing "body" and "subject"');
  return {
    subject: str(o.subject),
    fromName: str(o.from_name),
    fromEmail: str(o.from_email),
    body: str(o.body),
    receivedAt: str(o.received_at),
    ...(opts.name ? { candidateName: opts.name } : {}),
  };
}

const DRAFTS: Array<'decline' | 'reschedule' | 'withdraw'> = ['decline', 'reschedule', 'withdraw'];

// The same first draft the extension offers (src/shared/draft-vars.ts), with the CLI's
// fixed choices: warm tone, no reason given (reschedule: a clash), the email's language.
function draftsFor(a: Analysis, email: EmailInput, opts: AnalyzeLineOptions): LineResult['drafts'] {
  const settings: Settings = { ...defaultSettings(), candidateName: opts.name ?? '', defaultTone: 'warm', defaultReason: 'no_reason', language: 'auto' };
  const now = new Date(opts.now ?? (email.receivedAt || Date.now()));
  const out: Partial<LineResult['drafts']> = {};
  for (const intent of DRAFTS) {
    const { request, context } = firstDraftRequest(intent, a, email, settings, Number.isNaN(now.getTime()) ? new Date() : now, 0);
    const r = renderDraft(request);
    out[intent] = { subject: r.subject, body: r.body, findings: checkTact(r.body, { ...context, language: request.language }) };
  }
  return out as LineResult['drafts'];
}

/** Analyse one parsed JSONL object. Returns an error record instead of throwing. */
export function analyzeLine(obj: unknown, opts: AnalyzeLineOptions = {}): LineResult | LineError {
  const id = typeof obj === 'object' && obj !== null && 'id' in obj ? ((obj as { id: unknown }).id as string | number | null) ?? null : null;
  try {
    const email = toEmail(obj, opts);
    const a = analyzeEmail(email);
    return {
      id,
      invitation: a.invitation,
      kind: a.kind,
      confidence: a.confidence,
      button: a.button ?? a.invitation,
      signals: a.signals,
      fields: {
        company: a.fields.company,
        role: a.fields.role,
        contact_name: a.fields.contactName,
        proposed_times: a.fields.proposedTimes,
        timezone: a.fields.timezone,
        format: a.fields.format,
        scheduling_link: a.fields.schedulingLink,
      },
      drafts: draftsFor(a, email, opts),
      // Added by issue 17 (after the original keys): how the email addresses the candidate.
      address: {
        register: a.address?.register ?? '',
        contact_gender: a.address?.contactGender ?? '',
        contact_title: a.address?.contactTitle ?? '',
      },
    };
  } catch (e) {
    return { id, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Parse and analyse one raw text line; malformed JSON becomes an error record. */
export function analyzeRawLine(line: string, opts: AnalyzeLineOptions = {}): LineResult | LineError {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|\d+)/.exec(line);
    let id: string | number | null = null;
    if (m?.[1]) {
      try {
        id = JSON.parse(m[1]) as string | number;
      } catch {
        id = null;
      }
    }
    return { id, error: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return analyzeLine(obj, opts);
}
