// What a language supplies for the shared letters (decline, withdraw, reschedule): phrases only.
// The order of sentences and the conditions that pick them live once, in ./decline.ts,
// ./withdraw.ts and ./reschedule.ts. Each interface below is the complete list of phrases a
// language must provide: leave one out and the language folder does not compile.
//
// A new language: a folder with its grammar (greeting, roleRef…) and one phrase table per
// interface below, gathered in a LetterLanguage and passed to letterPack() in its index.ts;
// then its code in SUPPORTED_LANGUAGES and its pack in render.ts. Intents it lacks fall back
// to English. Pick keys are "<code>.<intent>.<slot>" (reschedule: "resched"): the seed's
// choice depends on them and on the order of the variants, so keep both when editing.
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
/** A table, or a function building it when the language needs the values to phrase it. */
export type Phrase<A> = Toned | ((a: A) => Toned);

/** The intents written once in this folder; other intents are language-specific templates. */
export type LetterIntent = 'decline' | 'withdraw' | 'reschedule';

/** Arguments in brackets are what the language's own grammar returned: `roleRef`, `timeNote`. */
export interface DeclinePhrases {
  /** Thanks for the invitation, given the role reference. */
  thanks(role: string): Toned;
  decision: Toned;
  /** The decision when the candidate cannot travel and asks for a remote interview instead. */
  remoteDecision: Toned;
  remoteAsk: Toned;
  /** A courteous sentence when no reason and no detail are given, so the email does not feel clipped. */
  bridge: Toned;
  /** Thanks again before the closing wish; null where the language closes with the wish alone. */
  appreciation: Toned | null;
  /** Closing wish for 'admired_company'. */
  admired(v: Vars): Toned;
  closing: Phrase<Vars>;
}

export interface WithdrawPhrases {
  /** Opening when the reply is late: one apology for both the delay and the change of plans. */
  late: Toned;
  thanks(role: string): Toned;
  /** Given the interview time note ("" when unknown). */
  decision(when: string): Toned;
  /** Apology for the change of plans (left out when `late` already apologised). */
  sorry: Toned;
  bridge: Toned;
  /** Recommending someone else, given their name. */
  referral(name: string): Toned;
  admired(v: Vars): Toned;
  closing: Phrase<Vars>;
}

export interface ReschedulePhrases {
  thanks(role: string): Toned;
  decision(when: string): Toned;
  /** The request when the company offered several times and none of them fits. */
  noneFit: Toned;
  /** Line above the list of proposed times. */
  slotsIntro: Toned;
  /** Line under that list when a scheduling link is given as well (no variants). */
  slotsLink(link: string): string;
  /** The scheduling link alone, when no times are proposed. */
  link(link: string): Toned;
  /** Asking for other times when neither times nor a link are given. */
  ask: Toned;
  /** Apology for the change (left out when the letter already opened with one for the delay). */
  sorry: Toned;
  close: Toned;
}

export interface LetterLanguage {
  code: SupportedLanguage;
  greeting(c: Ctx): string;
  signOff: ByTone;
  /** German letters carry on in lower case after the greeting's comma. */
  afterGreeting?(firstParagraph: string): string;
  /** Subject when the invitation had none, before the " – role, company" tail. */
  subjects: Record<LetterIntent, string> & Partial<Record<Intent, string>>;
  /** The role and company as the thanks sentences use them ("the Analyst role at Acme"). */
  roleRef(v: Vars): string;
  /** The interview time as the decision sentences use it, or "" when unknown. */
  timeNote(v: Vars): string;
  /** Opening apology for a late reply (decline, reschedule). */
  delayApology(c: Ctx): string;
  /** One brief reason per choice; 'no_reason' has none. */
  reasons: Readonly<Record<Exclude<Reason, 'no_reason'>, Toned>>;
  decline: DeclinePhrases;
  withdraw: WithdrawPhrases;
  reschedule: ReschedulePhrases;
}
