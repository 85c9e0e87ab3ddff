import { describe, expect, test } from 'vitest';
import { currentModel } from '../../../src/analysis/index';
import { corpusDigest, loadReal } from '../../../scripts/train/data';
import { analyse } from '../../../scripts/eval/cv';
import { metrics } from '../../../scripts/eval/metrics';

// The frozen real hold-out, scored by the committed model: the figures of the final
// evaluation (`npm run eval -- --holdout`), pinned so that a regression fails. Only
// aggregates are computed here, never per-email output. When the hold-out itself changes
// (a collector adds whole groups), the exact counts no longer apply and the rates must stay
// within 0.02 of the pinned ones until the final evaluation is run again and re-pinned.
const PINNED = {
  digest: '8fa304e420edf6fd',
  emails: 195, invitations: 89, tp: 81, fp: 19, fn: 8, kindOk: 69, buttonInv: 88, buttonRest: 42, returned: 117, wrong: 21,
};
const RATES = {
  precision: PINNED.tp / (PINNED.tp + PINNED.fp),
  recall: PINNED.tp / PINNED.invitations,
  kindAccuracy: PINNED.kindOk / PINNED.invitations,
  buttonRecall: PINNED.buttonInv / PINNED.invitations,
  buttonRest: PINNED.buttonRest / (PINNED.emails - PINNED.invitations),
  wrong: PINNED.wrong / PINNED.returned,
};

describe('the frozen hold-out (pinned figures of the final evaluation)', () => {
  const xs = loadReal('holdout');
  const m = metrics(xs.map((x) => ({ x, a: analyse(x, currentModel()) })));
  const digest = corpusDigest(xs.map((x) => x.row));

  test('no regression against the pinned figures', () => {
    if (digest === PINNED.digest) {
      expect({ emails: m.emails, invitations: m.invitations, tp: m.tp, fp: m.fp, fn: m.fn }).toEqual({ emails: PINNED.emails, invitations: PINNED.invitations, tp: PINNED.tp, fp: PINNED.fp, fn: PINNED.fn });
      expect(Math.round(m.kindAccuracy * m.invitations)).toBeGreaterThanOrEqual(PINNED.kindOk);
      expect(Math.round(m.buttonRecall * m.invitations)).toBeGreaterThanOrEqual(PINNED.buttonInv);
      expect(Math.round(m.buttonRest * (m.emails - m.invitations))).toBeLessThanOrEqual(PINNED.buttonRest);
      expect(m.values.wrong).toBeLessThanOrEqual(PINNED.wrong);
    }
    const slack = digest === PINNED.digest ? 1e-9 : 0.02;
    expect(m.precision).toBeGreaterThanOrEqual(RATES.precision - slack);
    expect(m.recall).toBeGreaterThanOrEqual(RATES.recall - slack);
    expect(m.kindAccuracy).toBeGreaterThanOrEqual(RATES.kindAccuracy - slack);
    expect(m.buttonRecall).toBeGreaterThanOrEqual(RATES.buttonRecall - slack);
    expect(m.buttonRest).toBeLessThanOrEqual(RATES.buttonRest + slack);
    expect(m.values.wrong / m.values.returned).toBeLessThanOrEqual(RATES.wrong + slack);
  });
});
