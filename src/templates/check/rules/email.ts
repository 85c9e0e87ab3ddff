import type { Finding } from '../../../shared/types';
import { said } from '../messages';
import { isEmail, type Rule } from '../doc';

const MAX_WORDS = 180;

export const tooLong: Rule = {
  id: 'too-long',
  run(doc, ctx) {
    if (!isEmail(ctx) || doc.wordCount <= MAX_WORDS) return [];
    return [
      said('too-long', 'warning', 'findingTooLong', [String(doc.wordCount), String(MAX_WORDS - 30)]),
    ];
  },
};

function normalize(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !TITLES.has(t));
}

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'herr', 'frau', 'mme', 'mlle', 'madame', 'monsieur', 'sr', 'sra', 'srta', 'dra', 'don', 'dona',
  'sig', 'ra', 'signora', 'signor', 'dott', 'ssa', 'mevrouw', 'meneer', 'heer', 'mevr', 'dhr',
]);

export const wrongName: Rule = {
  id: 'wrong-name',
  run(doc, ctx) {
    const g = doc.greeting;
    const expected = normalize(String(ctx.contactName ?? ''));
    if (!isEmail(ctx) || !g || g.name === '' || expected.length === 0) return [];
    if (doc.lex.genericAddressee.test(g.name)) return [];
    const greeted = normalize(g.name);
    if (greeted.length === 0 || greeted.some((t) => expected.includes(t))) return [];
    return [
      said('wrong-name', 'warning', 'findingWrongName', [g.name.slice(0, 60), String(ctx.contactName).slice(0, 60)], [g.nameStart, g.nameEnd]),
    ];
  },
};

const HOUR = 3_600_000;

export const lateReply: Rule = {
  id: 'late-reply',
  run(doc, ctx) {
    // A follow-up is sent later on purpose; talking points are not an email.
    if (!['decline', 'reschedule', 'accept', 'withdraw'].includes(ctx.intent) || !ctx.receivedAt) return [];
    const received = Date.parse(ctx.receivedAt);
    const now = ctx.now ? Date.parse(ctx.now) : Date.now();
    if (!Number.isFinite(received) || !Number.isFinite(now)) return [];
    const hours = (now - received) / HOUR;
    if (hours <= 48) return [];
    const { delay, apology, thanks } = doc.lex;
    if (!delay) return [];
    // "need a few days to recover" is not an acknowledgement: the delay word must come with an apology or thanks.
    const acknowledges = (t: string): boolean =>
      delay.test(t) && (apology?.test(t) === true || thanks?.test(t) === true || /patien/i.test(t));
    if (doc.sentences.some((s) => acknowledges(s.text))) return [];
    const days = Math.floor(hours / 24);
    // A withdrawal may rightly come long after an invitation that was accepted at once: only a hint.
    const gentle = hours <= 72 || ctx.intent === 'withdraw';
    return [
      said('late-reply', gentle ? 'info' : 'warning', 'findingLateReply', [String(days)]),
    ];
  },
};
