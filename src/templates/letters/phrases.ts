// What a language supplies for the letters: phrases only. The order of sentences and the
// conditions that pick them live once, in this folder (decline.ts, withdraw.ts, reschedule.ts,
// accept.ts, call-points.ts, follow-up.ts). Each interface below is the complete list of phrases
// a language must provide: leave one out and the language folder does not compile.
//
// A new language: a folder with its grammar (greeting, roleRef…) and one phrase table per
// interface below, gathered in a LetterLanguage and passed to letterPack() in its index.ts;
// then its code in SUPPORTED_LANGUAGES and its pack in render.ts. Pick keys are
// "<code>.<intent>.<slot>" (reschedule: "resched"): the seed's choice depends on them and on
// the order of the variants, so keep both when editing.
//
// Register: a sentence that addresses the reader ("Könnten Sie…", "pourriez-vous…") is written
// twice, `{ polite, familiar }`, and the draft's register picks one; a sentence in the first
// person alone ("I have accepted another offer") is written once.
import type { Ctx } from '../model';
import type { Intent, Reason, Tone } from '../../shared/types';
import type { SupportedLanguage } from '../languages';
import type { Vars } from '../sanitize';

/** Interchangeable phrasings of one sentence; the seed picks one. Order matters: it is what the seed indexes. */
export type Variants = readonly string[];
/** Different phrasings for each tone. */
export type ByTone = Readonly<Record<Tone, Variants>>;
/** One set for the brief tone, one for warm and formal alike. */
export type FullBrief = Readonly<{ full: Variants; brief: Variants }>;
/** A sentence's phrasings: the same for every tone, per tone, or brief versus the rest. */
export type Toned = Variants | ByTone | FullBrief;
/** The same sentence in the formal (Sie/vous/usted) and the informal (du/tu/tú) register. */
export type ByRegister = Readonly<{ polite: Toned; familiar: Toned }>;
/** What a phrase table holds for one sentence. */
export type Said = Toned | ByRegister;
/** A table, or a function building it when the language needs the values to phrase it. */
export type Phrase<A> = Said | ((a: A) => Said);

/** Arguments in brackets are what the language's own grammar returned: `roleRef`, `timeNote`. */
export interface DeclinePhrases {
  /** Thanks for the invitation, given the role reference. The only thank-you of the draft. */
  thanks(role: string): Said;
  decision: Said;
  /** The decision when the candidate cannot travel and asks for a remote interview instead. */
  remoteDecision: Said;
  remoteAsk: Said;
  /** A courteous sentence when no reason and no detail are given, so the email does not feel clipped. */
  bridge: Said;
  /** A good word about the exchange (not a second thank-you) before the wish, when there is no bridge; null where the language does without. */
  goodwill: Said | null;
  /** Closing wish for 'admired_company'. */
  admired(v: Vars): Said;
  closing: Phrase<Vars>;
}

export interface WithdrawPhrases {
  /** Opening when the reply is late: one apology for both the delay and the change of plans. */
  late: Said;
  thanks(role: string): Said;
  /** Given the interview time note ("" when unknown). */
  decision(when: string): Said;
  /** Apology for the change of plans (left out when `late` already apologised). */
  sorry: Said;
  bridge: Said;
  /** Recommending someone else, given their name. */
  referral(name: string): Said;
  admired(v: Vars): Said;
  /** No second thank-you here: the draft thanked them once already. */
  closing: Phrase<Vars>;
}

export interface ReschedulePhrases {
  thanks(role: string): Said;
  /** Given the time note of the interview they proposed ("" when unknown): a proposal, not an agreement. */
  decision(when: string): Said;
  /** The request when the company offered several times and none of them fits. */
  noneFit: Said;
  /** Line above the list of proposed times. */
  slotsIntro: Said;
  /** Line under that list when a scheduling link is given as well (no variants). */
  slotsLink(link: string): Said;
  /** The scheduling link alone, when no times are proposed. */
  link(link: string): Said;
  /** Asking for other times when neither times nor a link are given. */
  ask: Said;
  /** Apology for the change (left out when the letter already opened with one for the delay). */
  sorry: Said;
  close: Said;
}

export interface AcceptPhrases {
  thanks(role: string): Said;
  /** Accepting and confirming, given the time note ("" when unknown). */
  confirm(when: string): Said;
  /** How the candidate will attend; `location` is only ever a plain place, never a link or a number. */
  inPerson: Said;
  inPersonAt(location: string): Said;
  video: Said;
  /** Video when the invitation gave a link: the reply points to it instead of repeating it. */
  videoLink: Said;
  phone: Said;
  /** A place noted when the format is unknown. */
  placeNoted(location: string): Said;
  /** Accepting when several times were offered and the candidate has not chosen one yet: no time, no confirmation of one. */
  acceptOpen: Said;
  /** The invitation's own booking link: the candidate has booked a time through it. */
  booked: Said;
  /** The same link, not booked yet: they will book, never a confirmation of a time that does not exist. */
  willBook: Said;
  close: Said;
}

export interface CallPointsPhrases {
  /** The heading line for the candidate (not said aloud), given the person and the company (either may be ""). */
  heading(contact: string, company: string): Variants;
  thanks(role: string): Said;
  decision: Said;
  future: Said;
  /** The email that will follow as a written record. */
  record: Said;
}

export interface FollowUpPhrases {
  /** Thanks for their understanding after the decline: the draft's one thank-you. */
  thanks(role: string): Said;
  connect: Said;
  future(v: Vars): Said;
}

export interface LetterLanguage {
  code: SupportedLanguage;
  greeting(c: Ctx): string;
  signOff(c: Ctx): Variants;
  /** German letters carry on in lower case after the greeting's comma. */
  afterGreeting?(firstParagraph: string): string;
  /** Subject when the invitation had none, before the " – role, company" tail. */
  subjects: Readonly<Record<Intent, string>>;
  /** The role and company as the thanks sentences use them ("the Analyst role at Acme"). */
  roleRef(v: Vars): string;
  /** The interview time as the decision sentences use it, or "" when unknown. */
  timeNote(v: Vars): string;
  /** Opening apology for a late reply (decline, reschedule, accept). */
  delayApology: Said;
  /** One brief reason per choice; 'no_reason' has none. */
  reasons: Readonly<Record<Exclude<Reason, 'no_reason'>, Toned>>;
  /** 'logistics' when the interview is by video or phone: timing and availability, never distance or travel. */
  remoteLogistics: Toned;
  /** 'conflict' and 'travel' against several offered times (or a booking link): "those times", not "that date". */
  offeredReasons: Readonly<Record<'conflict' | 'travel', Toned>>;
  decline: DeclinePhrases;
  withdraw: WithdrawPhrases;
  reschedule: ReschedulePhrases;
  accept: AcceptPhrases;
  callPoints: CallPointsPhrases;
  followUp: FollowUpPhrases;
}

/** The letters every reply language has; accept, call notes and follow-up are the rest. */
export type MainIntent = 'decline' | 'reschedule' | 'withdraw';

/**
 * A language with the three main letters only (Italian, Dutch, Portuguese so far): its accept,
 * call notes and follow-up are the English ones, with a warning. Every phrase it does have is
 * still required: leave one out and it does not compile.
 */
export type CoreLetterLanguage = Omit<LetterLanguage, 'accept' | 'callPoints' | 'followUp' | 'subjects'> & {
  subjects: Readonly<Record<MainIntent, string>>;
};
