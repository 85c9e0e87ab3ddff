import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { currentModel } from '../../../src/analysis/index';
import { corpusDigest, loadReal, realRows } from '../../../scripts/train/data';
import { analyse } from '../../../scripts/eval/cv';
import { countsOf, isUnseen, modelDigest, PIN_FILE, type Pin } from '../../../scripts/eval/pin';

// The frozen real hold-out, scored by the committed model: the aggregate counts of the final
// evaluation (`npm run eval -- --holdout --pin` writes holdout-pin.json), so that a regression
// fails. Only aggregates are computed here, never per-email output.
// The pin belongs to one model and one hold-out (both digests are in the file). While a piece
// of work retrains the model, the pin is stale and the figures are NOT compared: comparing
// them after every retrain would be reading the hold-out during development (a pass or a
// failure is a reading). Re-pin once, at the end of the work, after the single final read.
const pin = JSON.parse(readFileSync(PIN_FILE, 'utf8')) as Pin;

describe('the frozen hold-out', () => {
  test('hold-out and dev share no source group and no email id (whole groups are held out)', () => {
    const dev = realRows('dev');
    const held = realRows('holdout');
    const devGroups = new Set(dev.map((r) => r.group));
    const devIds = new Set(dev.map((r) => r.row.id));
    expect(held.filter((r) => devGroups.has(r.group)).map((r) => r.group)).toEqual([]);
    expect(held.filter((r) => devIds.has(r.row.id)).map((r) => r.row.id)).toEqual([]);
    expect(held.length).toBeGreaterThan(0);
  });

  test('the pinned figures, exactly, while the committed model and the hold-out are the pinned ones', () => {
    const xs = loadReal('holdout');
    const scored = xs.map((x) => ({ x, a: analyse(x, currentModel()) }));
    const all = countsOf(scored);
    const isPinned = modelDigest() === pin.model && corpusDigest(xs.map((x) => x.row)) === pin.holdout;
    // Every email is scored and the counts add up, pinned or not.
    expect(all.emails).toBe(xs.length);
    expect(all.tp + all.fp + all.fn).toBeLessThanOrEqual(all.emails);
    expect(all.tp + all.fn).toBe(all.invitations);
    if (!isPinned) return;
    expect(all).toEqual(pin.all);
    const unseen = scored.filter(isUnseen);
    if (pin.unseen) expect(countsOf(unseen)).toEqual(pin.unseen);
    else expect(unseen.length).toBe(0);
  });
});
