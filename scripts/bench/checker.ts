// The tact checker on a long draft: what the unit tests only bound loosely (they must not
// flake on a busy machine), measured here. Warm (JIT-compiled, as in a running worker).
import { checkTact } from '../../src/templates/index';
import { median, max } from './stats';

export interface CheckerResult {
  words: number;
  runs: number;
  medianMs: number;
  maxMs: number;
}

export function benchChecker({ runs = 7, words = 5000 } = {}): CheckerResult {
  const vocab = 'thank you for the invitation to interview I have decided to decline because my plans changed and I wish your team success in the future we could stay in touch on LinkedIn'.split(' ');
  const parts = Array.from({ length: words }, (_, i) => vocab[(i * 7 + (i >> 3)) % vocab.length]! + (i % 12 === 11 ? '.' : ''));
  const body = `Hi Jane,\n\n${parts.join(' ')}\n\nBest,\nSam`;
  const ctx = { intent: 'decline' as const, contactName: 'Jane', receivedAt: '', now: '' };
  checkTact(body, ctx);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    checkTact(body, ctx);
    times.push(performance.now() - t0);
  }
  return { words, runs, medianMs: median(times), maxMs: max(times) };
}
