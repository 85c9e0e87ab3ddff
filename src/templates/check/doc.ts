import type { Finding, TactContext } from '../../shared/types';
import type { Lexicon } from './lexicon';
import type { CheckLanguage, Sentence } from './text';

export interface Greeting {
  sentence: Sentence;
  /** The addressee as written ("Jane", "Hiring Team"), with its offsets; empty when none. */
  name: string;
  nameStart: number;
  nameEnd: number;
}

export interface Doc {
  body: string;
  /** The language the draft is written in (read from its text), 'und' when it is none we know. */
  lang: CheckLanguage;
  lex: Lexicon;
  sentences: Sentence[];
  greeting: Greeting | null;
  /** Sentences after the greeting. */
  content: Sentence[];
  wordCount: number;
}

export interface Rule {
  id: string;
  run(doc: Doc, ctx: TactContext): Finding[];
}

/** Talking points are read aloud on a call: greeting, length and timing rules do not apply. */
export function isEmail(ctx: TactContext): boolean {
  return ctx.intent !== 'call_points';
}


/** First match of a (non-global) pattern inside a sentence, as a span in the body. */
export function matchSpan(s: Sentence, re: RegExp): [number, number] | null {
  const m = re.exec(s.text);
  if (!m) return null;
  return [s.start + m.index, s.start + m.index + m[0].length];
}
