// The content script's wake: one `core/wake` when a scan is scheduled, at most one per 20 s,
// and a failing or throwing send never reaches the page.
import { describe, expect, test, vi } from 'vitest';
import { createWaker, WAKE_EVERY_MS } from '../../../src/content/wake';

describe('createWaker', () => {
  test('sends core/wake, then nothing until 20 s have passed', () => {
    let t = 1000;
    const send = vi.fn(() => Promise.resolve({ ok: true, value: null }));
    const wake = createWaker(send, () => t);
    wake();
    expect(send).toHaveBeenCalledWith({ type: 'core/wake' });
    t += WAKE_EVERY_MS - 1;
    wake();
    expect(send).toHaveBeenCalledTimes(1);
    t += 1;
    wake();
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a rejected or throwing send is contained', async () => {
    let t = 0;
    const rejecting = createWaker(() => Promise.reject(new Error('Could not establish connection')), () => t);
    expect(() => rejecting()).not.toThrow();
    const throwing = createWaker(() => {
      throw new Error('Extension context invalidated.');
    }, () => (t += WAKE_EVERY_MS));
    expect(() => throwing()).not.toThrow();
    await Promise.resolve();
  });
});
