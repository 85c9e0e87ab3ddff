// The worker's extension API (src/background/ext.ts) answers as webextension-polyfill did:
// Firefox's own `browser` untouched; over Chromium's chrome.*, a listener's Promise becomes
// the reply (a rejection in the polyfill's format), and a tab message nobody answered is
// undefined while a real failure still rejects.
import { describe, expect, test } from 'vitest';
import { extensionApi, politeSend, rawListener } from '../../../src/background/ext';

describe('the worker extension API', () => {
  test("Firefox's browser (with a runtime id) is used as it is", () => {
    const browser = { runtime: { id: 'tactful@example' } };
    expect(extensionApi({ browser, chrome: {} })).toBe(browser);
  });

  test('a clobbered or id-less browser is ignored: chrome is wrapped', async () => {
    const added: unknown[] = [];
    const chrome = {
      runtime: { id: 'abc', getURL: (p: string) => `chrome-extension://abc/${p}`, onMessage: { addListener: (f: unknown) => added.push(f) } },
      tabs: { sendMessage: async () => Promise.reject(new Error('The message port closed before a response was received.')), query: async () => [1] },
      storage: { local: 'local' },
    };
    const api = extensionApi({ browser: { runtime: {} }, chrome }) as unknown as typeof chrome;
    expect(api.runtime.id).toBe('abc');
    expect(api.runtime.getURL('x.html')).toBe('chrome-extension://abc/x.html');
    expect(api.storage).toBe(chrome.storage);
    expect(await api.tabs.query()).toEqual([1]);
    await expect(api.tabs.sendMessage()).resolves.toBeUndefined();
    const listener = async () => 'hi';
    api.runtime.onMessage.addListener(listener);
    expect(added).toHaveLength(1);
    expect(added[0]).not.toBe(listener);
  });

  test('a promised reply goes through sendResponse, a rejection in the polyfill format', async () => {
    const replies: unknown[] = [];
    const send = (r: unknown) => replies.push(r);
    expect(rawListener(async () => ({ ok: true }))('m', {}, send)).toBe(true);
    expect(rawListener(() => Promise.reject(new Error('no')))('m', {}, send)).toBe(true);
    expect(rawListener(() => undefined)('m', {}, send)).toBe(false);
    expect(rawListener(() => {
      throw new Error('sync');
    })('m', {}, send)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([
      { ok: true },
      { __mozWebExtensionPolyfillReject__: true, message: 'no' },
      { __mozWebExtensionPolyfillReject__: true, message: 'sync' },
    ]);
  });

  test('sendMessage: no answer is undefined; other failures and polyfill rejections reject', async () => {
    await expect(politeSend(async () => Promise.reject(new Error('The message port closed before a response was received.')))()).resolves.toBeUndefined();
    await expect(politeSend(async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')))()).rejects.toThrow(/Receiving end/);
    await expect(politeSend(async () => ({ __mozWebExtensionPolyfillReject__: true, message: 'bad' }))()).rejects.toThrow('bad');
    await expect(politeSend(async (...a: unknown[]) => a)(1, 2)).resolves.toEqual([1, 2]);
  });
});
