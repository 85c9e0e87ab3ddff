import type { Intent, Reason, Register, Tone } from '../shared/types';
import type { SupportedLanguage } from './languages';
import type { Contact } from './names';
import type { Vars } from './sanitize';

/** What a template sees: cleaned values and a deterministic phrasing picker. */
export interface Ctx {
  intent: Intent;
  reason: Reason;
  tone: Tone;
  register: Register;
  v: Vars;
  /** The contact's name taken apart for greetings ("Frau Dr. Hoffmann", "Katrin"). */
  contact: Contact;
  pick: <T>(slot: string, options: readonly T[]) => T;
}

export interface IntentTemplate {
  /** false for talking points: no greeting, no sign-off. */
  letter: boolean;
  /** Paragraphs of the body between greeting and sign-off; "\n" inside a paragraph is a line break. */
  paragraphs(c: Ctx): string[];
}

export interface LanguagePack {
  code: SupportedLanguage;
  greeting(c: Ctx): string;
  signOff(c: Ctx): string;
  /** Subject when the invitation had none. */
  subject(c: Ctx): string;
  /** German letters carry on in lower case after the greeting's comma. */
  afterGreeting?(firstParagraph: string): string;
  intents: Partial<Record<Intent, IntentTemplate>>;
}

/** Joins sentences, skipping the empty ones optional parts leave behind. */
export function sentences(...parts: (string | false | undefined | null)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
}
