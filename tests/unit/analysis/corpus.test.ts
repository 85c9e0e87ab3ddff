import { describe, expect, test } from 'vitest';
import { analyzeEmail } from '../../../src/analysis/index';
import { readCorpus } from '../../corpus/corpus';

// Our own written corpus. The learned model is trained on it (as one group among the real
// ones), so these are in-sample figures: a unit test with a floor, not a result (the results
// are `npm run eval`'s grouped cross-validation and the frozen real hold-out). It used to
// assert every email's verdict; since the learned weights, a few of our own near-misses
// (3 of 163 at the last training) read as invitations, so the verdicts are a scored figure.
const rows = readCorpus(new URL('../../corpus/emails.jsonl', import.meta.url));

describe('labelled corpus verdicts (written by us)', () => {
  test('corpus is large and mixed enough', () => {
    expect(rows.length).toBeGreaterThanOrEqual(160);
    const inv = rows.filter((r) => r.label.invitation).length;
    expect(inv / rows.length).toBeGreaterThan(0.35);
    expect(inv / rows.length).toBeLessThan(0.65);
  });

  const results = rows.map((r) => ({ r, a: analyzeEmail({ subject: r.subject, fromName: r.from_name, fromEmail: r.from_email, body: r.body, receivedAt: r.received_at }) }));

  test('every email gets reasons and a confidence in [0, 1]', () => {
    for (const { a } of results) {
      expect(a.signals.length).toBeGreaterThan(0);
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });

  test('verdicts and kinds: scored, with a floor', () => {
    const wrong = results.filter(({ r, a }) => a.invitation !== r.label.invitation).map(({ r }) => r.id);
    const inv = results.filter(({ r }) => r.label.invitation);
    const kindOk = inv.filter(({ r, a }) => a.invitation && a.kind === r.label.kind).length;
    const missed = inv.filter(({ a }) => !a.button).map(({ r }) => r.id);
    expect(wrong.length / results.length, `wrong verdicts: ${wrong.join(', ')}`).toBeLessThanOrEqual(0.03);
    expect(kindOk / inv.length).toBeGreaterThanOrEqual(0.9);
    expect(missed, 'invitations without the button').toEqual([]);
  });
});
