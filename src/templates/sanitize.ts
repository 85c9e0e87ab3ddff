import type { ContactGender, DraftVariables, InterviewFormat, Notice } from '../shared/types';
import { notice, type NoticeKey } from './notices';

/** Every field present and cleaned: templates never test for undefined. */
export interface Vars extends Required<Omit<DraftVariables, 'lateReply' | 'noneOfOffered' | 'bookingLink' | 'booked'>> {
  lateReply: boolean;
  noneOfOffered: boolean;
  bookingLink: boolean;
  booked: boolean;
}

const MAX_FIELD = 200;
const MAX_SIGNATURE = 1000;
const MAX_SIGNATURE_LINES = 8;

// Bidi overrides/isolates can make a name read backwards in the reply; real RTL names
// do not need them. U+200B/U+FEFF are invisible and only help to hide text.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function str(x: unknown): string {
  return typeof x === 'string' ? x : x == null ? '' : String(x);
}

export interface Cleaned {
  value: string;
  shortened: boolean;
}

/** One-line field: no line breaks (a newline in a name would break the greeting), bounded length. */
export function cleanLine(x: unknown, max = MAX_FIELD): Cleaned {
  const flat = str(x).replace(/\r\n?|\n/g, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { value: flat, shortened: false };
  // Cut at a code point boundary, never in the middle of a surrogate pair.
  return { value: Array.from(flat).slice(0, max).join('').trim() + '…', shortened: true };
}

function cleanSignature(x: unknown): Cleaned {
  const lines = str(x)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => cleanLine(l, MAX_FIELD).value)
    .filter((l) => l !== '');
  let text = lines.slice(0, MAX_SIGNATURE_LINES).join('\n');
  let shortened = lines.length > MAX_SIGNATURE_LINES;
  if (text.length > MAX_SIGNATURE) {
    text = Array.from(text).slice(0, MAX_SIGNATURE).join('');
    shortened = true;
  }
  return { value: text, shortened };
}

const FORMATS: readonly InterviewFormat[] = ['phone', 'video', 'onsite', ''];
const GENDERS: readonly ContactGender[] = ['female', 'male', ''];

export function cleanVars(input: Partial<DraftVariables> | undefined, warn: (n: Notice) => void): Vars {
  const raw: Partial<DraftVariables> = input && typeof input === 'object' ? input : {};
  const line = (key: keyof DraftVariables, tooLong: NoticeKey): string => {
    const c = cleanLine(raw[key]);
    if (c.shortened) warn(notice(tooLong));
    return c.value;
  };
  const signature = cleanSignature(raw.signature);
  if (signature.shortened) warn(notice('warnLongSignature'));
  const slotsRaw = Array.isArray(raw.proposedSlots) ? raw.proposedSlots : [];
  const slots = slotsRaw.map((s) => cleanLine(s, 120).value).filter((s) => s !== '');
  if (slots.length > 3) warn(notice('warnTooManySlots'));
  const format = FORMATS.includes(raw.format as InterviewFormat) ? (raw.format as InterviewFormat) : '';
  return {
    candidateName: line('candidateName', 'warnLongCandidateName'),
    signature: signature.value,
    contactName: line('contactName', 'warnLongContactName'),
    company: line('company', 'warnLongCompany'),
    role: line('role', 'warnLongRole'),
    interviewTime: line('interviewTime', 'warnLongInterviewTime'),
    format,
    location: line('location', 'warnLongLocation'),
    proposedSlots: slots.slice(0, 3),
    schedulingLink: cleanLine(raw.schedulingLink, 500).value,
    reasonDetail: cleanReasonDetail(raw.reasonDetail, warn),
    referralName: line('referralName', 'warnLongReferralName'),
    askRemote: raw.askRemote === true,
    originalSubject: cleanLine(raw.originalSubject, 300).value,
    lateReply: raw.lateReply === true,
    noneOfOffered: raw.noneOfOffered === true,
    bookingLink: raw.bookingLink === true,
    booked: raw.bookingLink === true && raw.booked === true,
    contactGender: GENDERS.includes(raw.contactGender as ContactGender) ? (raw.contactGender as ContactGender) : '',
    // A title is a word or two ("Dr.", "Prof. Dr."), never a sentence.
    contactTitle: /^[\p{L}.]{2,8}(?: [\p{L}.]{2,8})?$/u.test(cleanLine(raw.contactTitle, 20).value) ? cleanLine(raw.contactTitle, 20).value : '',
  };
}

/** One short sentence, ending with a full stop: the guide asks for one brief reason. */
function cleanReasonDetail(x: unknown, warn: (n: Notice) => void): string {
  let text = cleanLine(x, 400).value;
  if (text === '') return '';
  const firstEnd = text.search(/[.!?…](\s|$)/);
  if (firstEnd >= 0 && firstEnd < text.length - 1 && text.slice(firstEnd + 1).trim() !== '') {
    text = text.slice(0, firstEnd + 1);
    warn(notice('warnReasonDetailCut'));
  }
  text = text.replace(/[\s,;:–—-]+$/u, '');
  if (!/[.!?…]$/.test(text)) text += '.';
  const first = text.charAt(0);
  return first.toLocaleUpperCase() + text.slice(1);
}

/** "Jane Doe" → "Jane"; titles, initials or unusual shapes are used as given. */
export function firstName(name: string): string {
  const parts = name.split(' ').filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return name;
  const [first] = parts;
  if (first === undefined) return name;
  if (/[.,]/.test(name) || first.length < 2) return name;
  if (/^(mr|mrs|ms|miss|dr|prof|herr|frau|mme|mlle|sr|sra|srta|don|doña)$/i.test(first)) return name;
  return first;
}
