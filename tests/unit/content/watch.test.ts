// @vitest-environment happy-dom
// The watcher's debounce: the page's rendering pushes a pending scan back, a navigation event
// does not (Gmail fires several per message opened, each used to restart the 120 ms); and the
// caller hears once per pending scan, when it begins, so it can wake the worker meanwhile.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchPage, type Watcher } from '../../../src/content/watch';
import type { Webmail } from '../../../src/content/sites/webmail';

const adapter = { isRelevantMutation: () => true } as unknown as Webmail;

describe('watchPage', () => {
  let w: Watcher | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="main"></div>';
  });
  afterEach(() => {
    w?.stop();
    vi.useRealTimers();
  });

  test('a hashchange while a scan is pending does not push it back', () => {
    const scan = vi.fn();
    w = watchPage(adapter, document, scan);
    vi.advanceTimersByTime(100);
    window.dispatchEvent(new Event('hashchange'));
    window.dispatchEvent(new Event('popstate'));
    vi.advanceTimersByTime(20);
    expect(scan).toHaveBeenCalledTimes(1);
  });

  test('a hashchange with nothing pending schedules one scan after the debounce', () => {
    const scan = vi.fn();
    w = watchPage(adapter, document, scan);
    vi.advanceTimersByTime(120);
    expect(scan).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('hashchange'));
    vi.advanceTimersByTime(119);
    expect(scan).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(scan).toHaveBeenCalledTimes(2);
  });

  test("the page's rendering still pushes a pending scan back", async () => {
    const scan = vi.fn();
    w = watchPage(adapter, document, scan);
    vi.advanceTimersByTime(100);
    document.getElementById('main')!.append(document.createElement('p'));
    await Promise.resolve(); // the observer's callback
    vi.advanceTimersByTime(20);
    expect(scan).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(scan).toHaveBeenCalledTimes(1);
  });

  test('onScheduled: once when a scan becomes pending, again only after it ran; a throwing one is contained', async () => {
    const onScheduled = vi.fn(() => {
      throw new Error('worker gone');
    });
    const scan = vi.fn();
    w = watchPage(adapter, document, scan, { onScheduled });
    expect(onScheduled).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('hashchange'));
    document.getElementById('main')!.append(document.createElement('p'));
    await Promise.resolve();
    expect(onScheduled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120);
    expect(scan).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('hashchange'));
    expect(onScheduled).toHaveBeenCalledTimes(2);
  });
});
