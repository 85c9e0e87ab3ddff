import type { Finding } from '../../../shared/types';
import { said } from '../messages';
import { matchSpan, type Rule } from '../doc';
import { negativeFor, unnegatedHit } from '../negative';
import { polarity, tokens } from '../sentiment';
import { words } from '../text';

// Remarks the sentiment lexicon cannot see: neutral words, pointed meaning.
const DOMAIN_PHRASES = words(
  [
    "(?:salary|pay|offer|package|compensation|budget|rate|range)\\s+(?:is|was|seems|looks|are)\\s+(?:far |way |much |a bit |rather )?(?:too low|below|under|not enough|not competitive|insufficient)",
    'too low',
    'below (?:market|my expectations|what I)',
    'low[- ]?ball\\w*',
    'underpa(?:id|ying|ys)',
    "(?:doesn't|does not|don't|do not) pay (?:enough|well)",
    "not interested",
    'waste of (?:my |your |our )?time',
    '(?:bad|poor|negative|terrible|awful|mixed) reviews',
    'glassdoor',
    'red flags?',
    'toxic',
    'unprofessional',
    'disorgani[sz]ed',
    'took (?:you |them )?(?:so|too|far too|way too) long',
    'never heard back',
    'high turnover',
    'micromanag\\w*',
    'not worth (?:it|my time|the)',
  ].join('|'),
);

// The sentiment only counts as criticism when the sentence is about them, not about the candidate.
const TARGET = words(
  'you|your|yours|company|team|firm|organi[sz]ation|business|salary|pay|compensation|package|offer|process|recruit\\w*|interview\\w*|hr|manager\\w*|management|leadership|culture|role|position|job|people|staff|office|benefits|reviews?|ceo|they|their|them',
);

/** German, French, Spanish: the hand-made lexicons of ../negative.ts. */
function otherLanguage(doc: Parameters<Rule['run']>[0]): Finding[] {
  const lex = negativeFor(doc.lang);
  if (!lex) return [];
  const out: Finding[] = [];
  for (const s of doc.sentences) {
    const phrase = matchSpan(s, lex.phrases);
    if (phrase) {
      out.push(said('negativity', 'error', 'findingNegativity', [], phrase));
      continue;
    }
    const hit = unnegatedHit(s.text, lex);
    if (hit && lex.target.test(s.text)) out.push(said('negativity', 'error', 'findingNegativity', [], [s.start + hit[0], s.start + hit[1]]));
  }
  return out;
}

// A language with neither (Italian, Dutch, Portuguese, unknown): nothing, rather than English rules misreading it.
export const negativity: Rule = {
  id: 'negativity',
  run(doc) {
    if (doc.lang !== 'en') return otherLanguage(doc);
    const out: Finding[] = [];
    const toks = doc.sentences.map((s) => tokens(s.text));
    doc.sentences.forEach((s, i) => {
      const phrase = matchSpan(s, DOMAIN_PHRASES);
      if (phrase) {
        out.push(said('negativity', 'error', 'findingNegativity', [], phrase));
        return;
      }
      if (polarity(toks[i] ?? []) <= -2 && TARGET.test(s.text)) {
        out.push(said('negativity', 'error', 'findingNegativity', [], [s.start, s.end]));
      }
    });
    return out;
  },
};
