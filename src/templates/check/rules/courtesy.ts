import type { Finding } from '../../../shared/types';
import { finding, type Rule } from '../doc';

export const stackedApologies: Rule = {
  id: 'stacked-apologies',
  run(doc, ctx) {
    const { apology } = doc.lex;
    if (!apology) return [];
    // Counted per sentence: "sorry for the delay and for the change of plans" is one apology.
    const sorry = doc.content.filter((s) => apology.test(s.text));
    const second = sorry[1];
    if (second) {
      return [
        finding('stacked-apologies', 'warning', 'More than one apology: one short apology is enough, and reads more confident.', [
          second.start,
          second.end,
        ]),
      ];
    }
    if (ctx.intent === 'withdraw' && sorry.length === 0) {
      return [finding('stacked-apologies', 'info', 'When withdrawing after accepting, one short apology for the change of plans is expected.')];
    }
    return [];
  },
};

export const noThanks: Rule = {
  id: 'no-thanks',
  run(doc) {
    const { thanks } = doc.lex;
    if (!thanks || doc.body.trim() === '') return [];
    if (doc.sentences.some((s) => thanks.test(s.text))) return [];
    return [finding('no-thanks', 'warning', 'The draft never thanks them: thank them for the invitation and their time.')];
  },
};

export const doorClosed: Rule = {
  id: 'door-closed',
  run(doc, ctx) {
    const { door } = doc.lex;
    if (!door || (ctx.intent !== 'decline' && ctx.intent !== 'withdraw') || doc.body.trim() === '') return [];
    if (doc.sentences.some((s) => door.test(s.text))) return [];
    return [
      finding('door-closed', 'warning', 'Nothing about the future: add a line to stay in touch or hoping your paths cross again.'),
    ];
  },
};

const DECISION_WITHIN = 3;

export const decisionLate: Rule = {
  id: 'decision-late',
  run(doc, ctx) {
    const re = doc.lex.decision?.[ctx.intent];
    if (!re || ctx.intent === 'call_points' || doc.content.length === 0) return [];
    const at = doc.content.findIndex((s) => re.test(s.text));
    if (at >= 0 && at < DECISION_WITHIN) return [];
    const what = ctx.intent === 'accept' ? 'your confirmation' : 'your decision';
    const late = doc.content[at];
    if (late) {
      return [
        finding('decision-late', 'warning', `State ${what} in the first two or three sentences, not further down.`, [late.start, late.end]),
      ];
    }
    return [finding('decision-late', 'warning', `The draft never states ${what} clearly: say it plainly near the top.`)];
  },
};
