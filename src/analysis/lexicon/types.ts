/** Keyword sets for one language. Each entry is a regex source fragment (case-insensitive). */
export interface Lexicon {
  lang: string;
  /** Frequent function words, for language detection. */
  stopwords: string[];
  /** Nouns/phrases naming a job interview or screening call. */
  interview: string[];
  /** "we would like to invite you", "schedule a time". */
  invite: string[];
  /** Asking for availability or offering slots. */
  availability: string[];
  /** Progress in the process: "next round", "move forward with your application". */
  nextStep: string[];
  reschedule: string[];
  confirmation: string[];
  reminder: string[];
  /** "Unfortunately": negative unless the email moves an interview. */
  softNegative: string[];
  rejection: string[];
  offer: string[];
  /** Application received / shortlist / "we will contact you if". */
  received: string[];
  alert: string[];
  newsletter: string[];
  media: string[];
  research: string[];
  admissions: string[];
  internal: string[];
  reference: string[];
  onboarding: string[];
  outreach: string[];
  /** Thank-you after an interview, no proposal. */
  thanksAfter: string[];
  /** Text the candidate wrote (acceptance, withdrawal). */
  ownMail: string[];
  phone: string[];
  video: string[];
  onsite: string[];
  /** Closing formulas before the signer's name. */
  signoff: string[];
  /** Regex sources with one capture group: the role. */
  role: string[];
  /** Regex sources with one capture group: the company. */
  company: string[];
}
