// Where the in-page panel goes (src/content/panel-place.ts, issue 16): below the open
// message's subject, never over it, within the window; folded after Insert, beside the reply
// editor and over neither the editor nor the subject. The browser twin with the real pages is
// tests/browser/panel-place.test.ts.
import { describe, expect, test } from 'vitest';
import { MIN_ROOM, placePanel, type Place, type Rect } from '../../../src/content/panel-place';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const over = (p: Place, r: Rect) => p.left < r.right && p.left + p.width > r.left && p.top < r.bottom && p.top + p.height > r.top;
const inWindow = (p: Place, w: number, h: number) => p.top >= 0 && p.left >= 0 && p.top + p.height <= h && p.left + p.width <= w;

const laptop = { width: 1366, height: 768 };
// Gmail's subject h2 spans the reading pane; a long one wraps to two lines.
const subject = rect(328, 131, 1270, 188);

describe('the open panel', () => {
  test('sits at the right below the subject, capped to the room down to the window’s edge', () => {
    const p = placePanel({ view: laptop, subject, editor: null, folded: false, height: 2000 });
    expect(p.top).toBeGreaterThanOrEqual(subject.bottom);
    expect(over(p, subject)).toBe(false);
    expect(p.left + p.width).toBe(1366 - 24);
    expect(p.width).toBe(420);
    expect(p.height).toBe(p.room);
    expect(inWindow(p, 1366, 768)).toBe(true);
    expect(p.room).toBeGreaterThanOrEqual(MIN_ROOM);
  });

  test('as tall as its content when that is less', () => {
    const p = placePanel({ view: laptop, subject, editor: null, folded: false, height: 300 });
    expect(p.height).toBe(300);
    expect(p.room).toBeGreaterThan(300);
  });

  test('no subject found (or scrolled away): under the webmail’s top bar', () => {
    for (const s of [null, rect(328, -80, 1270, -40)]) {
      const p = placePanel({ view: laptop, subject: s, editor: null, folded: false, height: 2000 });
      expect(p.top).toBe(72);
    }
  });

  test('a subject outside the panel’s column does not push it down', () => {
    const p = placePanel({ view: laptop, subject: rect(328, 131, 800, 400), editor: null, folded: false, height: 2000 });
    expect(p.top).toBe(72);
  });

  test('a window too short for the draft and Insert below the subject: the room wins, still within the window', () => {
    const p = placePanel({ view: { width: 1024, height: 560 }, subject: rect(300, 120, 1000, 200), editor: null, folded: false, height: 2000 });
    expect(p.room).toBeGreaterThanOrEqual(MIN_ROOM);
    expect(inWindow(p, 1024, 560)).toBe(true);
  });

  test('a narrow window: the panel keeps 16 px from both sides', () => {
    const p = placePanel({ view: { width: 400, height: 768 }, subject: null, editor: null, folded: false, height: 600 });
    expect(p.left).toBe(16);
    expect(p.width).toBe(400 - 32);
  });
});

describe('the bar after Insert', () => {
  const bar = (editor: Rect | null, s: Rect | null = subject, view = laptop) => placePanel({ view, subject: s, editor, folded: true, height: 52 });

  test('Gmail: the reply below the message — the bar sits just above the editor, over neither', () => {
    const editor = rect(344, 706, 1254, 1100); // runs past the window's bottom
    const p = bar(editor);
    expect(p.height).toBe(52);
    expect(p.top + p.height).toBeLessThanOrEqual(editor.top);
    expect(over(p, editor)).toBe(false);
    expect(over(p, subject)).toBe(false);
    expect(inWindow(p, 1366, 768)).toBe(true);
  });

  test('Outlook: the reply right under the subject — above the editor when the gap holds the bar, else below the editor, else above the subject', () => {
    const roomy = rect(650, 316, 1296, 620);
    expect(bar(roomy).top).toBe(316 - 8 - 52);
    const tight = rect(650, 200, 1296, 620); // 12 px under the subject
    const below = bar(tight);
    expect(below.top).toBe(628);
    const tall = rect(650, 200, 1296, 760); // and down to the window's bottom
    const above = bar(tall);
    expect(above.top + above.height).toBeLessThanOrEqual(subject.top);
    for (const [p, e] of [[below, tight], [above, tall]] as const) {
      expect(over(p, e)).toBe(false);
      expect(over(p, subject)).toBe(false);
      expect(inWindow(p, 1366, 768)).toBe(true);
    }
  });

  test('no reply editor found: next to the subject, not over it', () => {
    const p = bar(null);
    expect(p.top + p.height).toBe(subject.top - 8);
    expect(bar(null, rect(328, 40, 1270, 100)).top).toBe(108); // no room above it: below it
  });

  test('nowhere free: still inside the window', () => {
    const p = bar(rect(0, 0, 1366, 768), rect(0, 0, 1366, 768));
    expect(inWindow(p, 1366, 768)).toBe(true);
  });
});
