// Invitation detection: weighted signals over the new text of the email.
import type { EmailInput, ExtractedFields, InvitationKind } from '../shared/types';
import { LEXICONS, allWords, alt, type Lexicon } from './lexicon';
import { atsOfSender, type LinkInfo } from './ats';
import { wordsRe } from './util';

/** The keyword categories the verdict weighs (the required string lists of a lexicon). */
export type Cat =
  | 'interview' | 'invite' | 'availability' | 'nextStep' | 'reschedule' | 'confirmation' | 'reminder' | 'softNegative' | 'rejection' | 'offer'
  | 'received' | 'alert' | 'newsletter' | 'media' | 'research' | 'admissions' | 'internal' | 'reference' | 'onboarding' | 'outreach'
  | 'thanksAfter' | 'ownMail' | 'phone' | 'video' | 'onsite';

export const CATS: Cat[] = [
  'interview', 'invite', 'availability', 'nextStep', 'reschedule', 'confirmation', 'reminder', 'softNegative', 'rejection', 'offer',
  'received', 'alert', 'newsletter', 'media', 'research', 'admissions', 'internal', 'reference', 'onboarding', 'outreach',
  'thanksAfter', 'ownMail', 'phone', 'video', 'onsite',
];

// Keyword sets are lowercase; texts are lowercased once, so the (much faster) case-sensitive engine runs.
const RES = Object.fromEntries(
  CATS.map((c) => [c, new RegExp(wordsRe(LEXICONS.flatMap((l) => l[c] satisfies string[])).source, 'gu')]),
) as Record<Cat, RegExp>;

const lowerCache = new Map<string, string>();
function lower(text: string): string {
  let l = lowerCache.get(text);
  if (l === undefined) {
    l = text.toLowerCase();
    if (lowerCache.size > 8) lowerCache.clear();
    lowerCache.set(text, l);
  }
  return l;
}

/** Distinct matches of a category in text (at most 5). */
export function hits(cat: Cat, text: string): string[] {
  const out = new Set<string>();
  const r = RES[cat];
  r.lastIndex = 0;
  for (const m of lower(text).matchAll(r)) {
    out.add(m[0].toLowerCase());
    if (out.size >= 5) break;
  }
  return [...out];
}

function first(cat: Cat, text: string): number {
  const r = new RegExp(RES[cat].source, 'u');
  const m = r.exec(lower(text));
  return m ? m.index : -1;
}

export interface DetectInput {
  email: EmailInput;
  fresh: string;
  quoted: string;
  hasQuoted: boolean;
  links: LinkInfo[];
  fields: ExtractedFields;
}

export interface Detection {
  invitation: boolean;
  kind: InvitationKind;
  confidence: number;
  signals: string[];
  score: number;
}

interface Signal {
  w: number;
  text: string;
}

const NEGATIVES: Array<{ cat: Cat; first: number; more: number; text: string }> = [
  { cat: 'rejection', first: 6, more: 2, text: 'reads like a rejection' },
  { cat: 'offer', first: 6, more: 2, text: 'reads like a job offer' },
  { cat: 'received', first: 1.5, more: 2.5, text: 'acknowledges your application without inviting you yet' },
  { cat: 'alert', first: 3, more: 2.5, text: 'looks like a job alert' },
  { cat: 'newsletter', first: 2.5, more: 2, text: 'looks like an article or newsletter' },
  { cat: 'media', first: 4, more: 3, text: 'is a press, media or podcast interview request' },
  { cat: 'research', first: 3, more: 3, text: 'is a paid user-research session, not a job interview' },
  { cat: 'admissions', first: 3, more: 2.5, text: 'is about a university or school admission' },
  { cat: 'internal', first: 3, more: 2, text: 'looks like an internal meeting or calendar invite' },
  { cat: 'reference', first: 4, more: 2, text: 'is a reference or background-check request' },
  { cat: 'onboarding', first: 3.5, more: 2.5, text: 'is about onboarding for a job already accepted' },
  { cat: 'outreach', first: 3.5, more: 2, text: 'is recruiter outreach, not yet an interview invitation' },
  { cat: 'thanksAfter', first: 1.5, more: 1, text: 'thanks you after an interview without proposing a new one' },
  { cat: 'ownMail', first: 5, more: 2, text: 'reads like a message you wrote yourself' },
];

const THRESHOLD = 5;
const REPLY = new RegExp(`^\\s*(?:${alt(allWords('replyPrefixes'))})\\s*:`, 'i');
const FORWARD = new RegExp(`^\\s*(?:${alt(allWords('forwardPrefixes'))})\\s*:`, 'i');
const CONDITIONAL = new RegExp(`(?:^|(?<=[.!?\\n]))[ \\t]*(?:${alt(allWords('conditionals'))})\\b[^.!?\\n]*`, 'giu');

function formatPhrase(f: string): string {
  return f === 'video' ? 'a video interview' : f === 'phone' ? 'a phone interview' : f === 'onsite' ? 'an on-site interview' : 'an interview';
}

export function detectInvitation(input: DetectInput): Detection {
  const { email, fresh, fields, links } = input;
  const subject = email.subject ?? '';
  const head = fresh.slice(0, 600);
  const pos: Signal[] = [];
  const neg: Signal[] = [];
  const forRole = fields.role ? ` for ${fields.role}` : '';
  const what = formatPhrase(fields.format);

  const interviewFresh = hits('interview', fresh);
  const interviewSubj = hits('interview', subject);
  const plain = withoutConditionals(fresh);
  const invite = hits('invite', plain);
  const avail = hits('availability', plain);
  const resched = hits('reschedule', plain);
  const confirm = hits('confirmation', `${subject}\n${head}`);
  const remind = hits('reminder', `${subject}\n${head}`);
  const next = hits('nextStep', fresh);
  const sched = links.find((l) => l.tool.startsWith('scheduler:'));
  const meeting = links.find((l) => l.tool.startsWith('meeting:'));
  const ats = atsOfSender(email.fromEmail ?? '');
  const nTimes = fields.proposedTimes.length;

  if (interviewFresh.length) pos.push({ w: 2, text: `mentions ${what}${forRole}` });
  else if (interviewSubj.length) pos.push({ w: 1, text: `the subject mentions an interview` });
  if (avail.length) pos.push({ w: 3, text: `asks for your availability for ${what}${forRole}` });
  if (invite.length) pos.push({ w: 3, text: `invites you to ${what}${forRole}` });
  if (sched) pos.push({ w: 3, text: `includes a ${sched.tool.slice('scheduler:'.length)} scheduling link` });
  if (nTimes) pos.push({ w: nTimes >= 2 ? 2 : 1.5, text: nTimes === 1 ? 'gives an interview time' : `proposes ${nTimes} interview times` });
  if (meeting) pos.push({ w: 1, text: `includes a ${meeting.tool.slice('meeting:'.length)} meeting link` });
  if (ats) pos.push({ w: 1.5, text: `sent through ${ats.name}, an applicant-tracking system` });
  if (next.length) pos.push({ w: 1, text: 'talks about the next step in your application' });
  if (fields.role) pos.push({ w: 1, text: `names the role: ${fields.role}` });

  const anyInterview = interviewFresh.length > 0 || (interviewSubj.length > 0 && (invite.length + avail.length > 0 || !!sched));
  let kind: InvitationKind = 'invitation';
  if (resched.length && anyInterview) {
    kind = 'reschedule_by_company';
    pos.push({ w: 3, text: 'moves or cancels your interview slot' });
  } else {
    const ci = confirm.length ? first('confirmation', `${subject}\n${head}`) : -1;
    const ri = remind.length ? first('reminder', `${subject}\n${head}`) : -1;
    if (anyInterview && ri >= 0 && (ci < 0 || ri <= ci)) {
      kind = 'reminder';
      pos.push({ w: 3, text: 'reminds you of an upcoming interview' });
    } else if (anyInterview && ci >= 0) {
      kind = 'confirmation';
      pos.push({ w: 3, text: 'confirms your interview' });
    }
  }

  const soft = hits('softNegative', fresh);
  for (const n of NEGATIVES) {
    const h = hits(n.cat, n.cat === 'media' || n.cat === 'newsletter' || n.cat === 'alert' ? `${subject}\n${fresh}` : fresh);
    if (!h.length) continue;
    const w = n.first + n.more * Math.min(h.length - 1, 2);
    neg.push({ w, text: n.text });
  }
  if (soft.length && kind !== 'reschedule_by_company') {
    const rej = neg.find((n) => n.text === 'reads like a rejection');
    if (rej) rej.w += 2;
    else neg.push({ w: 3, text: 'reads like a rejection' });
  }
  if (email.candidateName && sameName(email.fromName ?? '', email.candidateName)) neg.push({ w: 10, text: 'was sent by you' });
  if (REPLY.test(subject) === false && FORWARD.test(subject)) neg.push({ w: 1, text: 'is a forwarded message' });

  let score = pos.reduce((a, s) => a + s.w, 0) - neg.reduce((a, s) => a + s.w, 0);
  if (!anyInterview) {
    const inQuoted = input.hasQuoted && hits('interview', input.quoted).length > 0;
    neg.push({ w: 0, text: inQuoted ? 'interview language appears only in quoted earlier messages' : 'does not mention an interview' });
    score = Math.min(score, THRESHOLD - 3);
  }
  if (!invite.length && !avail.length && !sched && !nTimes && kind === 'invitation') {
    score = Math.min(score, THRESHOLD - 1);
    neg.push({ w: 0.5, text: 'proposes no time and asks for no availability' });
  }
  const invitation = score >= THRESHOLD;
  const confidence = Math.round((1 / (1 + Math.exp(-(score - THRESHOLD + 0.5) / 1.5))) * 100) / 100;
  const signals = invitation
    ? [...pos.sort((a, b) => b.w - a.w).map((s) => s.text), ...neg.sort((a, b) => b.w - a.w).map((s) => `but ${s.text}`)]
    : [...neg.sort((a, b) => b.w - a.w).map((s) => s.text), ...pos.sort((a, b) => b.w - a.w).slice(0, 2).map((s) => `although it ${s.text.startsWith("sent ") ? `was ${s.text}` : s.text}`)];
  return {
    invitation,
    kind: invitation ? kind : 'invitation',
    confidence: invitation ? confidence : Math.round((1 - confidence) * 100) / 100,
    signals: dedupe(signals).slice(0, 8),
    score,
  };
}

/** Drop conditional sentences ("If you need to reschedule, …") that describe no actual change. */
export function withoutConditionals(text: string): string {
  return text.replace(CONDITIONAL, ' ');
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

function sameName(a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L} ]/gu, '').replace(/\s+/g, ' ').trim();
  return n(a) !== '' && n(a) === n(b);
}
