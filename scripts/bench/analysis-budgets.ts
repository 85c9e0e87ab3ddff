// The analysis budgets of issue 14, measured (never asserted by a timed test):
// median analysis ≤ 2 ms per email in Node, a 5 MB email ≤ 50 ms, the worker bundle ≤ 160 KB gzip.
import { realRows, writtenRows } from '../train/data';
import type { EmailInput } from '../../src/shared/types';

export const ANALYSIS_BUDGETS = { medianMs: 2, fiveMbMs: 50, workerGzip: 160 * 1024 } as const;

/** Every labelled email we have (real dev mail and our written corpus) as analysis input; never the hold-out. */
export function benchEmails(): EmailInput[] {
  return [...realRows('dev').map((r) => r.row), ...writtenRows()].map((r) => ({ subject: r.subject, fromName: r.from_name, fromEmail: r.from_email, body: r.body, receivedAt: r.received_at }));
}

export function status(value: number, budget: number, unit: string): string {
  return `budget ${budget} ${unit}: ${value <= budget ? 'within' : 'OVER'} (${Math.round((100 * value) / budget)} %)`;
}
