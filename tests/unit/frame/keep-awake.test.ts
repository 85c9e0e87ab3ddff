// While the panel is open its frame sends core/wake every 20 s (a message resets the worker's
// idle timer; an open port does not), and stops when asked or when the extension is gone.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { KEEP_AWAKE_EVERY_MS, keepWorkerAwake } from '../../../src/frame/keep-awake';

describe('keepWorkerAwake', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('core/wake every 20 s until stopped; a rejected send is contained', () => {
    const send = vi.fn(() => Promise.reject(new Error('Could not establish connection')));
    const stop = keepWorkerAwake(send);
    vi.advanceTimersByTime(KEEP_AWAKE_EVERY_MS - 1);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenCalledWith({ type: 'core/wake' });
    vi.advanceTimersByTime(KEEP_AWAKE_EVERY_MS);
    expect(send).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(3 * KEEP_AWAKE_EVERY_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a send that throws (the extension was updated away) ends the timer', () => {
    const send = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    keepWorkerAwake(send);
    vi.advanceTimersByTime(5 * KEEP_AWAKE_EVERY_MS);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
