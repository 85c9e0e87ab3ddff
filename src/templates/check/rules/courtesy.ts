import type { Finding } from '../../../shared/types';
import { said } from '../messages';
import { type Rule } from '../doc';

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
        said('stacked-apologies', 'warning', 'findingApologiesStacked', [], [second.start, second.end]),
      ];
    }
    if (ctx.intent === 'withdraw' && sorry.length === 0) {
      return [said('stacked-apologies', 'info', 'findingApologyExpected')];
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
    return [said('no-thanks', 'warning', 'findingNoThanks')];
  },
};

export const doorClosed: Rule = {
  id: 'door-closed',
  run(doc, ctx) {
    const { door } = doc.lex;
    if (!door || (ctx.intent !== 'decline' && ctx.intent !== 'withdraw') || doc.body.trim() === '') return [];
    if (doc.sentences.some((s) => door.test(s.text))) return [];
    return [
      said('door-closed', 'warning', 'findingDoorClosed'),
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
    const accept = ctx.intent === 'accept';
    const late = doc.content[at];
    if (late) {
      return [
        said('decision-late', 'warning', accept ? 'findingConfirmationLate' : 'findingDecisionLate', [], [late.start, late.end]),
      ];
    }
    return [said('decision-late', 'warning', accept ? 'findingConfirmationMissing' : 'findingDecisionMissing')];
  },
};
