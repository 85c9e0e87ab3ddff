import { describe, expect, test } from 'vitest';
import { BUTTON_MARGIN, chooseButton, chooseVerdict } from '../../../scripts/train/thresholds';

const rows = (pairs: Array<[number, 0 | 1]>): Array<{ p: number; y: 0 | 1 }> => pairs.map(([p, y]) => ({ p, y }));

describe('thresholds on out-of-fold P(invitation) (scripts/train/thresholds.ts)', () => {
  test('the verdict sits in the middle of the plateau of averaged F1, not at the edge one email sets', () => {
    // Invitations from 0.60 up, the rest below 0.20: every threshold in (0.20, 0.60] is perfect.
    const ps = rows([...[0.6, 0.7, 0.8, 0.9, 0.95].map((p) => [p, 1] as [number, 1]), ...[0.05, 0.1, 0.15, 0.2].map((p) => [p, 0] as [number, 0])]);
    const t = chooseVerdict(ps);
    expect(t).toBeGreaterThan(0.3);
    expect(t).toBeLessThan(0.5);
  });

  test('a single far invitation does not drag the verdict to it', () => {
    const inv = Array.from({ length: 20 }, (_, i) => [0.7 + i * 0.01, 1] as [number, 1]);
    const rest = Array.from({ length: 20 }, (_, i) => [0.05 + i * 0.01, 0] as [number, 0]);
    const t = chooseVerdict(rows([...inv, ...rest, [0.3, 1]]));
    expect(t).toBeGreaterThan(0.3);
  });

  test('the button keeps a margin below the lowest invitation it must catch, and never exceeds the verdict', () => {
    const ps = rows([[0.4, 1], ...Array.from({ length: 99 }, () => [0.9, 1] as [number, 1]), [0.1, 0]]);
    expect(chooseButton(ps, 0.5, 1)).toBe(Math.floor(0.4 * BUTTON_MARGIN * 100) / 100);
    expect(BUTTON_MARGIN).toBeLessThan(1);
    expect(chooseButton(rows([[0.99, 1]]), 0.5, 1)).toBeLessThanOrEqual(0.5);
  });
});
