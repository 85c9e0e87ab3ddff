/** The part of a chrono-node locale we use (chrono-node's own types are not exported per locale). */
export interface DateParser {
  parse(text: string, ref?: Date, opt?: { forwardDate?: boolean }): Array<{
    index: number;
    text: string;
    start: {
      get(c: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'meridiem'): number | null;
      isCertain(c: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'weekday' | 'meridiem'): boolean;
    };
  }>;
}

/**
 * All the vocabulary of one detection language: every word the analysis looks for is in a
 * lexicon, none in the code. Each string is a regex source fragment (case-insensitive unless
 * its comment says otherwise); tests/unit/analysis/lexicon.test.ts compiles every one.
 * A new detection language is one file like ./en.ts plus its entry in LEXICONS (./index.ts).
 */
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
  /** Calls, appointments and conversations in general (a job interview only with job words around it). */
  meeting?: string[];
  /** The hiring side's vocabulary: a note about a candidate to an interviewer or recruiter ("the candidate", "submit your scorecard"). */
  hiringSide?: string[];
  /** An appointment called off. */
  cancellation?: string[];
  /** A test, questionnaire or written interview to take (an invitation when it is part of an application). */
  assessment?: string[];
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

  // ---- Names: greeting, signature, sender (extract/names.ts, contact.ts).
  /** Opening words of a greeting line ("Hi", "Sehr geehrte"). */
  greetings?: string[];
  /** Courtesy titles before a name ("Mr", "Frau", "Mme"); a trailing dot is optional. */
  titles?: string[];
  /** Self-introductions before a name ("My name is", "Ich bin"). */
  introductions?: string[];
  /** Lower-case particles inside a surname ("van", "von", "de la"). */
  nameParticles?: string[];
  /** Capitalised words that start a signature line but are never a person's name (exact words). */
  notNames?: string[];
  /** Words that make a sender a team or a machine, not a person ("no-reply", "Recruiting", "Karriere"). */
  teamSenders?: string[];
  /** Job-title words on the line under a bare name ("Recruiter, Acme"). */
  jobTitles?: string[];
  /** Looser title stems that mark a "Jane Doe | Talent Partner" signature line. */
  titleStems?: string[];
  /** Words joining a person and their company in a display name ("Jane from Acme", "Jane bei Acme"). */
  senderAt?: string[];
  /** Words naming the tool a sender wrote through ("Acme via Greenhouse"). */
  senderVia?: string[];
  /** "of"-words cut from a display name ("Marie de Acme"); never read as a company (they start surnames too). */
  nameOf?: string[];

  // ---- Company (extract/company.ts).
  /** A hiring department as a display name ends ("Acme Talent Acquisition", "Acme Karriere"). */
  recruitingSenders?: string[];
  /** A hiring department after a company name in the text ("the Acme Recruiting Team"). */
  recruitingTeams?: string[];
  /** Words after a hiring department's name ("… Recruiting Team", "… People Ops"); case-sensitive. */
  teamSuffixes?: string[];
  /** Articles before a company or role ("the", "das", "le"); matched case-insensitively where a role starts, capitalised before a company. */
  articles?: string[];
  /** Legal forms after a company name ("GmbH", "Ltd", "S.A."); case-sensitive. */
  legalForms?: string[];
  /** A word that belongs to an organisation's name after the name itself ("Acme Academy"); case-sensitive. */
  orgWords?: string[];
  /** Capitalised words that start a phrase but never a company (exact words). */
  notCompanies?: string[];

  // ---- Role (extract/role.ts).
  /** A "Position:" label that the role follows. */
  roleLabels?: string[];
  /** Words before the role itself ("position of", "role as an"). */
  rolePrefixes?: string[];
  /** Nouns that end a role phrase and are not part of the role ("… position", "… Stelle"). */
  roleNouns?: string[];
  /** Words that open a role phrase and are not part of the role ("our", "open", "d'"). */
  roleStarts?: string[];
  /** Words a role never contains ("interview", "Gespräch"): the phrase was about something else. */
  notRoles?: string[];
  /** Words that alone are never a role. */
  notRoleAlone?: string[];
  /** Words after which a role phrase has ended ("and", "on Monday", "mit", "amanhã"). */
  roleEnds?: string[];
  /** Words after which a role pattern's capture is cut ("… for the team", "… bei Acme"). */
  rolePrepositions?: string[];
  /** Gender markers after a job title ("(m/w/d)", "(h/f)"). */
  genderMarks?: string[];
  /** A subject part with these is the mail's topic, not the role ("Interview invitation"). */
  subjectNotRole?: string[];
  /** Words opening a subject part before the role ("for the", "als", "pour le poste de"). */
  subjectLeadIns?: string[];
  /** Articles between "for" and the role in a subject. */
  subjectRoleArticles?: string[];
  /** "for" before a role anywhere in a subject ("Interview for Product Designer"). */
  subjectFor?: string[];
  /** An interview word after the role at the end of a subject part ("Backend Engineer interview"). */
  subjectInterviewTails?: string[];
  /** Words after a role in a subject ("for Designer role at …"). */
  subjectRoleEnds?: string[];
  /** "at" before the company in a subject ("… at Acme"). */
  subjectAt?: string[];

  // ---- Format and place (extract/format.ts, location.ts).
  /** Phrases that alone say the interview is by video ("video interview", "entretien en visio"). */
  strongVideo?: string[];
  /** Phrases that alone say the interview is by phone ("phone screen", "entretien téléphonique"). */
  strongPhone?: string[];
  /** Phrases that alone say the interview is on site ("in person", "vor Ort", "dans nos locaux"). */
  strongOnsite?: string[];
  /** Labels of a line naming the interview's format ("Interview mode:", "Modalità:"); its value is read with the format words. */
  formatLabels?: string[];
  /** A sentence about an earlier contact, not this interview ("thanks for your time on the phone last Friday"). */
  pastMentions?: string[];
  /** A sentence offering help or contact, not the interview's format ("if you have any questions, call me"). */
  contactOffers?: string[];
  /** Labels before an address line ("Address:", "Adresse:"). */
  addressLabels?: string[];
  /** Words after which an office address follows ("our office is at 12 …"). */
  officeWords?: string[];
  /** Words between an office word and its address ("is at"). */
  officeJoins?: string[];
  /** Words after which an office address has ended ("… and parking is …"). */
  addressEnds?: string[];

  // ---- The email's structure: quoted history, headers, subject markers (normalize.ts, times.ts, detect.ts).
  /** Word opening an attribution line ("On … wrote:"); case-sensitive, capitalised. */
  quoteOn?: string[];
  /** Attribution verb right before its colon ("wrote:"). */
  wrote?: string[];
  /** Attribution verb the name and address may follow before the colon ("schrieb Anna <…>:"). */
  wroteThenName?: string[];
  /** Title of a "-----Original Message-----" or forwarded-message divider. */
  quoteSeparators?: string[];
  /** The "From:" label of a quoted header block; case-sensitive, capitalised. */
  headerFrom?: string[];
  /** The "Sent:" label of a quoted header block. */
  headerSent?: string[];
  /** The "Date:" label of a quoted header block. */
  headerDate?: string[];
  /** The "To:" / "Cc:" labels of a header line (never a proposed time). */
  headerTo?: string[];
  /** The "Received:" label of a header line. */
  headerReceived?: string[];
  /** A mobile client's "Sent from my …" line (regex source, from the line start). */
  mobileFooter?: string[];
  /** Subject markers of a reply ("Re:"). */
  replyPrefixes?: string[];
  /** Subject markers of a forward ("Fwd:"). */
  forwardPrefixes?: string[];
  /** Words opening a conditional sentence ("If you need to reschedule, …"): such a sentence proposes nothing. */
  conditionals?: string[];

  // ---- Dates and times (times.ts).
  /** Words that let a line hold a date without a digit: day names or their stems, "tomorrow". */
  dayWords?: string[];
  /** The seven day names, or the stems that start them (matched as prefixes). */
  weekdays?: string[];
  /** Today, tonight, tomorrow. */
  relativeDays?: string[];
  /** Month names' stems after a day number ("12 March", "3 de mayo", "5 mrt"). */
  monthStems?: string[];
  /** Dates written month first ("March 12"). */
  monthFirstDates?: string[];
  /** "at" before a clock time ("at 10", "um 10", "às 10"). */
  timePrepositions?: string[];
  /** Other words that may stand before a clock time after a date ("gegen 10", "vers 10", "pelas 10"). */
  timeLeadIns?: string[];
  /** Words after a clock time ("10 Uhr", "10 uur", "10 horas"). */
  hourUnits?: string[];
  /** Units of a duration ("30 minutes", "1 Stunde"): a duration is not a time. */
  durationUnits?: string[];
  /** Noon. */
  noon?: string[];
  /** Words before a date that make it a deadline or a past event, not a proposed time ("by", "bis", "applied on"). */
  deadlineWords?: string[];
  /** Words before the slot an email moves away from ("previous time:", "rescheduled from"): the old slot is no proposal. */
  previousSlotWords?: string[];
  /** Labels of the end of a slot ("End:", "Ende", "Fine"): the end time is no proposal. */
  slotEndLabels?: string[];
  /** Time zones written as words ("heure de Paris", "UK time"). */
  zoneNames?: string[];
  /** Street-address patterns with a house number (whole regexes: each has its own flags). */
  streets?: RegExp[];
  /** Whole-phrase role patterns (capture 1: the role), tried in every email before the role patterns. */
  rolePhrases?: RegExp[];
  /** Letters and short words only some languages use, with their weight: they settle close calls in language detection. */
  letters?: Array<{ pattern: RegExp; weight: number }>;
  /** The language's date parser (chrono-node's locale); without one, dates are read with English's. */
  dates?: DateParser;
}
