// 1. Analysis: analyzeEmail (pure) per email on the labelled corpus, and on 5 MB hostile
// emails. Runs in this Node process, on one thread (one core); warm-up passes first so the
// figures are for JIT-compiled code, as in a service worker that has been running a while.
import { readFileSync } from 'node:fs';
import { analyzeEmail } from '../../src/analysis/index';
import { toEmail } from '../analyze/jsonl';
import type { EmailInput } from '../../src/shared/types';
import { pathologicalEmails } from './pathological';
import { max, median, percentile, sum } from './stats';

export interface CorpusResult {
  emails: number;
  passes: number;
  warmup: number;
  medianUs: number;
  p99Us: number;
  emailsPerSecond: number;
  invitations: number;
}

export interface PathologicalResult {
  name: string;
  bytes: number;
  runs: number;
  medianMs: number;
  maxMs: number;
  invitation: boolean;
}

export function loadCorpus(file: string): EmailInput[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => toEmail(JSON.parse(l)));
}

export function benchCorpus(emails: EmailInput[], { passes = 10, warmup = 3 } = {}): CorpusResult {
  let invitations = 0;
  for (let w = 0; w < warmup; w++) for (const e of emails) analyzeEmail(e);
  const samples: number[] = [];
  const passTimes: number[] = [];
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    for (const e of emails) {
      const t0 = performance.now();
      const a = analyzeEmail(e);
      samples.push((performance.now() - t0) * 1000);
      if (p === 0 && a.invitation) invitations++;
    }
    passTimes.push(performance.now() - start);
  }
  return {
    emails: emails.length,
    passes,
    warmup,
    medianUs: median(samples),
    p99Us: percentile(samples, 99),
    emailsPerSecond: (emails.length * passes) / (sum(passTimes) / 1000),
    invitations,
  };
}

export function benchPathological({ runs = 7 } = {}): PathologicalResult[] {
  return pathologicalEmails().map(({ name, email }) => {
    analyzeEmail(email); // warm-up
    const times: number[] = [];
    let invitation = false;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      invitation = analyzeEmail(email).invitation;
      times.push(performance.now() - t0);
    }
    return { name, bytes: Buffer.byteLength(email.body), runs, medianMs: median(times), maxMs: max(times), invitation };
  });
}
