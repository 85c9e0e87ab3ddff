// The "why" line: the features that carried the decision, as message keys with parameters
// (public/_locales/*/messages.json has every key, so the UI can say them in the user's
// language), and the same in English for the CLI and the signals list.
import type { Why } from '../shared/types';

/** Message key and English text of each explainable named feature ("" parameters are filled in later). */
const TEXT: Record<string, string> = {
  whyInterview: 'mentions an interview',
  whyInvite: 'invites you to an interview',
  whyAvailability: 'asks for your availability',
  whyNextStep: 'talks about the next step in your application',
  whyReschedule: 'moves or cancels an interview slot',
  whyConfirmation: 'confirms an appointment',
  whyReminder: 'reminds you of an appointment',
  whyRejection: 'reads like a rejection',
  whyOffer: 'reads like a job offer',
  whyReceived: 'acknowledges an application without inviting you yet',
  whyAlert: 'looks like a job alert',
  whyNewsletter: 'looks like an article or newsletter',
  whyMedia: 'reads like a press, media or podcast request',
  whyResearch: 'reads like a paid user-research session',
  whyAdmissions: 'reads like a university or school admission',
  whyInternal: 'reads like an internal meeting or a note to interviewers',
  whyReference: 'reads like a reference or background-check request',
  whyOnboarding: 'reads like onboarding for a job already accepted',
  whyOutreach: 'reads like recruiter outreach',
  whyThanksAfter: 'thanks you after an interview',
  whyOwnMail: 'reads like a message you wrote yourself',
  whyPhone: 'talks about a phone call',
  whyVideo: 'talks about a video call',
  whyOnsite: 'talks about meeting in person',
  whyAts: 'was sent through $1, an applicant-tracking system',
  whySchedulingLink: 'includes a $1 scheduling link',
  whyMeetingLink: 'includes a $1 meeting link',
  whyTimes: 'gives $1 date and time(s)',
  whyQuestion: 'asks you a question',
  whyNoReply: 'comes from a no-reply address',
  whyFreemail: 'comes from a personal mail address',
  whyReply: 'is a reply in a thread',
  whyForward: 'is a forwarded message',
  whyQuotedOnly: 'mentions an interview only in quoted earlier messages',
  whyNoInterview: 'does not mention an interview',
  whyRole: 'names the role: $1',
  whyCompany: 'names the company: $1',
  whyLocation: 'gives a place to meet',
  whySentByYou: 'was sent by you',
  whyWords: 'says “$1”',
  whyJobInterview: 'talks about an interview for a job application',
  whyOtherInterview: 'talks about another kind of interview (exit, mock, press…)',
  whyMeeting: 'talks about a call or an appointment',
  whyHiringSide: 'reads like a note to the hiring team about a candidate',
  whyCancellation: 'calls an appointment off',
  whyNoProposal: 'proposes no time and asks you nothing',
  whySomeoneElse: 'names someone else in the subject',
};

const CAT_KEY: Record<string, string> = {
  interview: 'whyInterview', invite: 'whyInvite', availability: 'whyAvailability', nextStep: 'whyNextStep', reschedule: 'whyReschedule',
  confirmation: 'whyConfirmation', reminder: 'whyReminder', softNegative: 'whyRejection', rejection: 'whyRejection', offer: 'whyOffer',
  received: 'whyReceived', alert: 'whyAlert', newsletter: 'whyNewsletter', media: 'whyMedia', research: 'whyResearch',
  admissions: 'whyAdmissions', internal: 'whyInternal', reference: 'whyReference', onboarding: 'whyOnboarding', outreach: 'whyOutreach',
  thanksAfter: 'whyThanksAfter', ownMail: 'whyOwnMail', phone: 'whyPhone', video: 'whyVideo', onsite: 'whyOnsite',
  meeting: 'whyMeeting', hiringSide: 'whyHiringSide', cancellation: 'whyCancellation', assessment: 'whyInvite',
};

const NAMED_KEY: Record<string, string> = {
  atsSender: 'whyAts', schedLink: 'whySchedulingLink', meetLink: 'whyMeetingLink', times1: 'whyTimes', times2: 'whyTimes',
  question: 'whyQuestion', noreply: 'whyNoReply', freemail: 'whyFreemail', subjRe: 'whyReply', subjFwd: 'whyForward',
  interviewOnlyQuoted: 'whyQuotedOnly', noInterviewWord: 'whyNoInterview', role: 'whyRole', company: 'whyCompany',
  fmtPhone: 'whyPhone', fmtVideo: 'whyVideo', fmtOnsite: 'whyOnsite', location: 'whyLocation', sameAsCandidate: 'whySentByYou',
  noProposal: 'whyNoProposal', subjectPerson: 'whySomeoneElse', jobMeeting: 'whyJobInterview', thirdParty: 'whyHiringSide',
};

/** Every message key the analysis can emit (the locale files must have each). */
export const WHY_KEYS: readonly string[] = Object.keys(TEXT);

/** The message key of a named feature, or "" when it explains nothing (bias, length…). */
export function keyOfNamed(name: string): string {
  const m = /^(?:f2?|s):(\w+)$/.exec(name);
  if (m?.[1]) return CAT_KEY[m[1]] ?? '';
  if (name === 'q:interview') return 'whyQuotedOnly';
  const pair = /^(\w+)&(.+)$/.exec(name);
  if (pair) {
    if ((pair[1] === 'interviewAny' || pair[1] === 'jobMeeting') && pair[2] === 'job') return 'whyJobInterview';
    // A conjunction says what its more specific half says ("an interview" & "the candidate" → a note about a candidate).
    return pair[1] === 'interviewAny' || pair[1] === 'jobMeeting' || pair[1] === 'noInterviewWord' ? keyOfNamed(pair[2] ?? '') : keyOfNamed(pair[1] ?? '');
  }
  if (name === 'otherInterview') return 'whyOtherInterview';
  if (name === 'interviewAny') return 'whyInterview';
  return NAMED_KEY[name] ?? '';
}

/** English text of one reason (the CLI's signals). */
export function englishWhy(w: Why): string {
  const t = TEXT[w.key] ?? w.key;
  return t.replace(/\$(\d)/g, (_, d: string) => w.params?.[Number(d) - 1] ?? '');
}
