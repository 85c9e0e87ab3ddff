// The frozen hold-out's figures as tests/unit/scripts/holdout.test.ts pins them: aggregate
// counts only, for the whole hold-out and for the part no one had seen (collector e's records),
// recorded with the digests of the hold-out and of the model that produced them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusDigest } from '../train/data';
import { metrics, type Scored } from './metrics';

export const PIN_FILE = new URL('../../tests/unit/scripts/holdout-pin.json', import.meta.url);
export const WEIGHTS_FILE = new URL('../../src/analysis/model/weights.json', import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;
/** Outside src/analysis/, the files that turn an analysis into the pinned counts. */
const SCORING_FILES = ['scripts/eval/cv.ts', 'scripts/eval/metrics.ts', 'scripts/eval/compare.ts', 'scripts/train/data.ts'];

export interface PinnedCounts {
  emails: number; invitations: number; tp: number; fp: number; fn: number;
  kindOk: number; buttonInv: number; buttonRest: number; returned: number; wrong: number;
}

export interface Pin {
  /** corpusDigest of the hold-out rows. */
  holdout: string;
  /** modelDigest(): the weights and every file of the analysis code that scored the hold-out. */
  model: string;
  all: PinnedCounts;
  /** Records whose source.collector is "e" (absent when there are none). */
  unseen?: PinnedCounts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every file whose change can change the hold-out's counts: src/analysis/** (weights.json
 *  included) and the scoring scripts, as absolute paths. */
export function modelFiles(root = ROOT): string[] {
  return [...filesUnder(join(root, 'src/analysis')), ...SCORING_FILES.map((f) => join(root, f))];
}

/** sha256 (16 hex) over the files' paths (relative to root) and bytes, sorted by path. Not only
 *  the weights: an extraction change with unchanged weights changes the hold-out's figures too,
 *  and the pin must then be stale, or the holdout test would compare (and print) them — a reading. */
export function modelDigest(files = modelFiles(), root = ROOT): string {
  const h = createHash('sha256');
  const rel = files.map((f) => ({ f, r: relative(root, f).split('\\').join('/') })).sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
  for (const { f, r } of rel) {
    const bytes = readFileSync(f);
    h.update(`${r}\0${bytes.length}\0`).update(bytes);
  }
  return h.digest('hex').slice(0, 16);
}

export const isUnseen = (s: Scored): boolean => ['e', 'f', 'g'].includes(s.x.row.source?.collector ?? '');

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
