// Insert into reply's guard, tested without a DOM: one activation inserts once, and a second
// Insert on the same reply asks first.
import { describe, expect, it } from 'vitest';
import { SEND_IDLE, cancelAgain, confirmAgain, finishInsert, isBusy, pressInsert, startInserting } from '../../../../src/ui/composer/send-flow';

describe('the Insert guard', () => {
  it('a first press goes; the clicks after it, while it runs, do nothing (a double or triple click inserts once)', () => {
    const first = pressInsert(SEND_IDLE);
    expect(first).toEqual({ flow: { phase: 'waiting', inserted: 0 }, go: true });
    expect(pressInsert(first.flow).go).toBe(false);
    const inserting = startInserting(first.flow);
    expect(isBusy(inserting)).toBe(true);
    expect(pressInsert(inserting)).toEqual({ flow: inserting, go: false });
  });

  it('after a draft went in, Insert asks first; while asking, more presses do nothing', () => {
    const done = finishInsert(startInserting(pressInsert(SEND_IDLE).flow), true);
    expect(done).toEqual({ phase: 'idle', inserted: 1 });
    const asked = pressInsert(done);
    expect(asked).toEqual({ flow: { phase: 'confirm', inserted: 1 }, go: false });
    expect(pressInsert(asked.flow)).toEqual({ flow: asked.flow, go: false });
    expect(isBusy(asked.flow)).toBe(false);
  });

  it('"Insert again" goes on; "Don’t insert" leaves it be; neither does anything unless asked', () => {
    const asked = pressInsert({ phase: 'idle', inserted: 1 }).flow;
    expect(confirmAgain(asked)).toEqual({ flow: { phase: 'waiting', inserted: 1 }, go: true });
    expect(cancelAgain(asked)).toEqual({ phase: 'idle', inserted: 1 });
    expect(confirmAgain(SEND_IDLE).go).toBe(false);
    expect(cancelAgain(SEND_IDLE)).toBe(SEND_IDLE);
  });

  it('a failed insertion counts for nothing: the next Insert does not ask', () => {
    const failed = finishInsert(startInserting(pressInsert(SEND_IDLE).flow), false);
    expect(failed).toEqual({ phase: 'idle', inserted: 0 });
    expect(pressInsert(failed).go).toBe(true);
  });
});
