// The frozen hold-out's figures as tests/unit/scripts/holdout.test.ts pins them: aggregate
// counts only, for the whole hold-out and for the part no one had seen (collector e's records),
// recorded with the digests of the hold-out and of the model that produced them.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusDigest } from '../train/data';
import { metrics, type Scored } from './metrics';

export const PIN_FILE = new URL('../../tests/unit/scripts/holdout-pin.json', import.meta.url);
export const WEIGHTS_FILE = new URL('../../src/analysis/model/weights.json', import.meta.url);

export interface PinnedCounts {
  emails: number; invitations: number; tp: number; fp: number; fn: number;
  kindOk: number; buttonInv: number; buttonRest: number; returned: number; wrong: number;
}

export interface Pin {
  /** corpusDigest of the hold-out rows. */
  holdout: string;
  /** sha256 (16 hex) of src/analysis/model/weights.json. */
  model: string;
  all: PinnedCounts;
  /** Records whose source.collector is "e" (absent when there are none). */
  unseen?: PinnedCounts;
}

export function modelDigest(): string {
  return createHash('sha256').update(readFileSync(WEIGHTS_FILE)).digest('hex').slice(0, 16);
}

export const isUnseen = (s: Scored): boolean => s.x.row.source?.collector === 'e';

export function countsOf(s: Scored[]): PinnedCounts {
  const m = metrics(s);
  return { emails: m.emails, invitations: m.invitations, tp: m.tp, fp: m.fp, fn: m.fn, kindOk: m.counts.kindOk, buttonInv: m.counts.buttonInv, buttonRest: m.counts.buttonRest, returned: m.values.returned, wrong: m.values.wrong };
}

export function pinOf(scored: Scored[]): Pin {
  const unseen = scored.filter(isUnseen);
  return { holdout: corpusDigest(scored.map((s) => s.x.row)), model: modelDigest(), all: countsOf(scored), ...(unseen.length ? { unseen: countsOf(unseen) } : {}) };
}

/** Write the pin file; returns its path. */
export function writePin(scored: Scored[]): string {
  writeFileSync(PIN_FILE, `${JSON.stringify(pinOf(scored), null, 1)}\n`);
  return PIN_FILE.pathname;
}
