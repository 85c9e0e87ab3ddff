import type { Finding, TactContext } from '../../shared/types';
import { isIntent } from '../labels';
import type { Doc, Greeting, Rule } from './doc';
import { lexiconFor, type Lexicon } from './lexicon';
import { doorClosed, decisionLate, noThanks, stackedApologies } from './rules/courtesy';
import { lateReply, tooLong, wrongName } from './rules/email';
import { negativity } from './rules/negativity';
import { placeholder } from './rules/placeholder';
import { overJustification, vagueReason } from './rules/reasons';
import { untypedData } from './rules/untyped';
import { countWords, guessLanguage, splitSentences, type CheckLanguage, type Sentence } from './text';

export const RULES: readonly Rule[] = [
  placeholder,
  negativity,
  vagueReason,
  overJustification,
  stackedApologies,
  noThanks,
  decisionLate,
  doorClosed,
  tooLong,
  wrongName,
  lateReply,
  untypedData,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** The language the checker reads a draft in: from its own words, `hint` only settling a tie ('und' for one it does not know). */
export function detectDraftLanguage(body: string, hint = ''): CheckLanguage {
  return guessLanguage(String(body ?? ''), hint);
}

function findGreeting(sentences: readonly Sentence[], lex: Lexicon): Greeting | null {
  const first = sentences[0];
  if (!first) return null;
  const m = lex.greeting.exec(first.text);
  if (m) {
    const name = (m[1] ?? '').trim();
    const offset = name === '' ? -1 : first.text.indexOf(name, m[0].length - (m[1] ?? '').length - 1);
    const start = offset < 0 ? first.start : first.start + offset;
    return { sentence: first, name, nameStart: start, nameEnd: start + name.length };
  }
  // "Jane," alone on the first line is a greeting too.
  if (/^[^\n.!?]{1,40}[,:]$/u.test(first.text) && countWords(first.text) <= 4) {
    const name = first.text.slice(0, -1).trim();
    return { sentence: first, name, nameStart: first.start, nameEnd: first.start + name.length };
  }
  return null;
}

function buildDoc(body: string, ctx: TactContext): Doc {
  // The draft's own language: an English accept to a German invitation is checked as English.
  const lang = guessLanguage(body, ctx.language ?? '');
  const lex = lexiconFor(lang);
  const sentences = splitSentences(body);
  const greeting = findGreeting(sentences, lex);
  return {
    body,
    lang,
    lex,
    sentences,
    greeting,
    content: greeting ? sentences.slice(1) : sentences,
    wordCount: countWords(body),
  };
}

/** Tact findings for a draft, in order of position. Never throws: a failing rule is skipped. */
export function checkTact(body: string, context: TactContext): Finding[] {
  try {
    const text = typeof body === 'string' ? body : body == null ? '' : String(body);
    const raw: Partial<TactContext> = context && typeof context === 'object' ? context : {};
    const ctx: TactContext = {
      intent: isIntent(raw.intent) ? raw.intent : 'decline',
      contactName: typeof raw.contactName === 'string' ? raw.contactName : '',
      receivedAt: typeof raw.receivedAt === 'string' ? raw.receivedAt : '',
      now: typeof raw.now === 'string' ? raw.now : '',
      language: typeof raw.language === 'string' ? raw.language : '',
    };
    if (Array.isArray(raw.typed)) ctx.typed = raw.typed.filter((t): t is string => typeof t === 'string');
    const doc = buildDoc(text, ctx);
    const out: Finding[] = [];
    for (const rule of RULES) {
      try {
        out.push(...rule.run(doc, ctx));
      } catch {
        // One broken rule must not take the whole check down in the page.
      }
    }
    return out.sort((a, b) => a.span[0] - b.span[0] || a.rule.localeCompare(b.rule));
  } catch {
    return [];
  }
}
