import type { Finding } from '../../../shared/types';
import { said } from '../messages';
import { matchSpan, type Rule } from '../doc';

export const vagueReason: Rule = {
  id: 'vague-reason',
  run(doc) {
    const { vague, specific } = doc.lex;
    if (!vague || !specific) return [];
    const out: Finding[] = [];
    doc.sentences.forEach((s, i) => {
      const span = matchSpan(s, vague);
      if (!span) return;
      // A specific word in the same or the next sentence makes the reason concrete enough.
      const next = doc.sentences[i + 1]?.text ?? '';
      const rest = s.text.slice(0, span[0] - s.start) + ' ' + s.text.slice(span[1] - s.start) + ' ' + next;
      if (specific.test(rest)) return;
      out.push(
        said('vague-reason', 'warning', 'findingVagueReason', [], span),
      );
    });
    return out;
  },
};

const MAX_REASONS = 2;

export const overJustification: Rule = {
  id: 'over-justification',
  run(doc) {
    const { because } = doc.lex;
    if (!because) return [];
    const global = new RegExp(because.source, 'giu');
    let total = 0;
    for (const s of doc.content) {
      const n = Array.from(s.text.matchAll(global)).length;
      if (n >= 2) {
        return [said('over-justification', 'warning', 'findingReasonChain', [], [s.start, s.end])];
      }
      total += n;
      if (total > MAX_REASONS) {
        return [
          said('over-justification', 'warning', 'findingReasonAfterReason', [], [s.start, s.end]),
        ];
      }
    }
    return [];
  },
};
