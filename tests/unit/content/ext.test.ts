// The content script's extension-API shim (src/content/ext.ts), in place of
// webextension-polyfill. What differs between the two browsers is modelled here by two
// dispatchers that follow each browser's documented onMessage rule: Chromium answers only
// through sendResponse after the listener returned `true`; Firefox takes a returned Promise
// (and also sendResponse after `true`). The same wrapped listener must answer in both. The
// real browsers run it in tests/browser (popup → tab messages, Chromium and Firefox).
import { describe, expect, test, vi } from 'vitest';
import { nativeApi, rawListener, sendMessage, type MessageListener, type NativeApi } from '../../../src/content/ext';

type Raw = ReturnType<typeof rawListener>;

/** Chromium: a returned Promise is ignored; `true` keeps sendResponse valid. */
function chromiumDispatch(l: Raw, msg: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const keep = l(msg, { id: 'me' }, resolve);
    if (keep !== true) resolve(undefined);
  });
}

/** Firefox: a thenable is the answer; else `true` waits for sendResponse. */
function firefoxDispatch(l: Raw, msg: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const r = l(msg, { id: 'me' }, resolve) as unknown;
    if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(resolve);
    else if (r !== true) resolve(undefined);
  });
}

describe('onMessage: one listener answers in both browsers', () => {
  const listener: MessageListener = (msg) => ((msg as { type?: string }).type === 'tab/get-message' ? Promise.resolve({ ok: true, value: 42 }) : undefined);

  test.each([['Chromium', chromiumDispatch], ['Firefox', firefoxDispatch]])('%s: the answer arrives; a message not ours gets none', async (_n, dispatch) => {
    const raw = rawListener(listener);
    await expect(dispatch(raw, { type: 'tab/get-message' })).resolves.toEqual({ ok: true, value: 42 });
    await expect(dispatch(raw, { type: 'other' })).resolves.toBeUndefined();
  });

  test('a listener that rejects or throws never throws into the browser; a rejection is a plain refusal', async () => {
    const rejects = rawListener(() => Promise.reject(new Error('no message open')));
    await expect(chromiumDispatch(rejects, {})).resolves.toEqual({ ok: false, error: 'no message open' });
    const throws = rawListener(() => {
      throw new Error('boom');
    });
    expect(throws({}, {}, vi.fn())).toBeUndefined();
  });

  test('a sender gone before the answer (sendResponse throws) is not an error', async () => {
    const raw = rawListener(() => Promise.resolve(1));
    const gone = vi.fn(() => {
      throw new Error('The page keeping the extension port is moved into back/forward cache');
    });
    expect(raw({}, {}, gone)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(gone).toHaveBeenCalledWith(1);
  });
});

const api = (send: (m: unknown) => Promise<unknown>): (() => NativeApi) => () => ({ runtime: { sendMessage: send } }) as unknown as NativeApi;

describe('sendMessage as the polyfill behaved', () => {
  test('Chromium\'s "message port closed before a response" is no answer (undefined), as the polyfill made it', async () => {
    await expect(sendMessage({}, api(() => Promise.reject(new Error('The message port closed before a response was received.'))))).resolves.toBeUndefined();
  });
  test('other failures reject: no receiver, a worker answering with the polyfill\'s rejection, an invalidated context', async () => {
    await expect(sendMessage({}, api(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))))).rejects.toThrow(/Receiving end/);
    await expect(sendMessage({}, api(() => Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: 'bad' })))).rejects.toThrow('bad');
    await expect(sendMessage({}, api(() => {
      throw new Error('Extension context invalidated.');
    }))).rejects.toThrow(/context invalidated/);
  });
  test('an answer is passed through untouched', async () => {
    await expect(sendMessage({}, api(() => Promise.resolve({ ok: true, value: 1 })))).resolves.toEqual({ ok: true, value: 1 });
  });
});

describe('which API object', () => {
  const chrome = { runtime: { id: 'c' } };
  test('Firefox: its own browser.* (a plain object with a runtime id)', () => {
    const browser = { runtime: { id: 'f' } };
    expect(nativeApi({ browser, chrome })).toBe(browser);
  });
  test('Chromium: chrome.*, even when the page clobbered `browser` (an element named "browser" with a "runtime" child)', () => {
    class FakeElement {
      runtime = { id: 'input-id' };
    }
    expect(nativeApi({ browser: new FakeElement(), chrome })).toBe(chrome);
    expect(nativeApi({ browser: undefined, chrome })).toBe(chrome);
    expect(nativeApi({ browser: { runtime: {} }, chrome })).toBe(chrome);
  });
});
