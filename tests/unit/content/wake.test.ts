// The content script's wake: a port to the worker when a scan is scheduled, none while that
// port is open (the worker runs), a new one once it dropped (the worker stopped); a connect
// that throws (an orphaned script) never reaches the page.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createWaker, WAKE_PORT_MS, type WakePort } from '../../../src/content/wake';
import { WAKE_PORT } from '../../../src/shared/messages';

function fakePort() {
  const listeners: Array<() => void> = [];
  const port = { onDisconnect: { addListener: (cb: () => void) => void listeners.push(cb) }, drop: () => listeners.forEach((l) => l()), disconnect: vi.fn(() => {}) };
  return port satisfies WakePort;
}

describe('createWaker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('connects once while the port is open, again after it dropped', () => {
    const ports: Array<ReturnType<typeof fakePort>> = [];
    const connect = vi.fn((name: string) => {
      expect(name).toBe(WAKE_PORT);
      const p = fakePort();
      ports.push(p);
      return p;
    });
    const wake = createWaker(connect);
    wake();
    wake();
    wake();
    expect(connect).toHaveBeenCalledTimes(1);
    ports[0]!.drop();
    wake();
    expect(connect).toHaveBeenCalledTimes(2);
    ports[0]!.drop(); // a late event from the old port changes nothing
    wake();
    expect(connect).toHaveBeenCalledTimes(2);
  });

  test('closes its own port after 25 s (never what keeps a background alive); the next scan connects again', () => {
    const ports: Array<ReturnType<typeof fakePort>> = [];
    const wake = createWaker(() => {
      const p = fakePort();
      ports.push(p);
      return p;
    });
    wake();
    vi.advanceTimersByTime(WAKE_PORT_MS - 1);
    wake();
    expect(ports).toHaveLength(1);
    expect(ports[0]!.disconnect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ports[0]!.disconnect).toHaveBeenCalledTimes(1);
    wake();
    expect(ports).toHaveLength(2);
  });

  test('a throwing connect is contained, and tried again next time', () => {
    const connect = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    const wake = createWaker(connect);
    expect(() => wake()).not.toThrow();
    expect(() => wake()).not.toThrow();
    expect(connect).toHaveBeenCalledTimes(2);
  });
});
