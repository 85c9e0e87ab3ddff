import { describe, expect, test } from 'vitest';
import { analyzeEmail } from '../../../src/analysis/index';
import { readCorpus } from '../../corpus/corpus';

const rows = readCorpus(new URL('../../corpus/emails.jsonl', import.meta.url));

describe('labelled corpus verdicts', () => {
  test('corpus is large and mixed enough', () => {
    expect(rows.length).toBeGreaterThanOrEqual(160);
    const inv = rows.filter((r) => r.label.invitation).length;
    expect(inv / rows.length).toBeGreaterThan(0.35);
    expect(inv / rows.length).toBeLessThan(0.65);
  });

  test.each(rows.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const a = analyzeEmail({ subject: r.subject, fromName: r.from_name, fromEmail: r.from_email, body: r.body, receivedAt: r.received_at });
    expect(a.invitation).toBe(r.label.invitation);
    if (r.label.invitation) expect(a.kind).toBe(r.label.kind);
    expect(a.signals.length).toBeGreaterThan(0);
    expect(a.confidence).toBeGreaterThanOrEqual(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });
});
