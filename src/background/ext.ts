// The worker's door to the extension APIs, in place of webextension-polyfill (2.7 KB gzip of
// the worker's 160 KB budget, and its API tables parsed at every worker start). The choice is
// the polyfill's: a `browser` with a runtime id (Firefox) is used as it is. Otherwise
// (Chromium, whose MV3 `chrome.*` already returns promises) only what the polyfill changed in
// the calls the worker makes is kept:
// - runtime.onMessage: a listener's returned Promise becomes the reply (Chromium only takes a
//   sendResponse call after `true`); a rejection is sent as the polyfill sends it,
//   {__mozWebExtensionPolyfillReject__, message}, which the polyfill in our pages and
//   src/content/ext.ts turn back into a rejection.
// - tabs.sendMessage: "no listener answered" resolves to undefined, the polyfill's
//   rejection format rejects.
// Everything else is chrome.* itself (the worker sends no runtime message and removes no
// listener; add them here if it ever does). Types stay the polyfill's (a type-only import).
import type { Browser, Runtime } from 'webextension-polyfill';

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined | void;
type RawListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;
type Api = Record<string | symbol, unknown>;

const NO_ANSWER = 'The message port closed before a response was received.';
const REJECT = '__mozWebExtensionPolyfillReject__';

/** Sends a listener's answer (or its rejection, in the polyfill's format) through sendResponse. */
export function rawListener(listener: Listener): RawListener {
  return (message, sender, sendResponse) => {
    let result: ReturnType<Listener>;
    try {
      result = listener(message, sender);
    } catch (e) {
      result = Promise.reject(e);
    }
    if (!result || typeof (result as Promise<unknown>).then !== 'function') return false;
    (result as Promise<unknown>)
      .then(sendResponse, (e: unknown) => {
        const text = e && (e instanceof Error || typeof (e as { message?: unknown }).message === 'string') ? (e as Error).message : 'An unexpected error occurred';
        sendResponse({ [REJECT]: true, message: text });
      })
      .catch((e: unknown) => console.error('Failed to send onMessage rejected reply', e));
    return true;
  };
}

/** A promise-returning sendMessage made to answer as the polyfill's did. */
export function politeSend(send: (...args: unknown[]) => Promise<unknown>): (...args: unknown[]) => Promise<unknown> {
  return (...args) =>
    send(...args).then(
      (reply) => {
        if (reply && typeof reply === 'object' && (reply as Api)[REJECT]) throw new Error(String((reply as { message?: unknown }).message));
        return reply;
      },
      (e: unknown) => {
        if ((e instanceof Error ? e.message : String(e)) === NO_ANSWER) return undefined;
        throw e;
      },
    );
}

/** `target` with some members replaced; the rest read from it and, if functions, called on it. */
function over(target: Api, own: Api): Api {
  return new Proxy(target, {
    get(t, key) {
      if (key in own) return own[key];
      const v = Reflect.get(t, key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}

function wrapChrome(chrome: Api): Api {
  const runtime = chrome.runtime as Api & { onMessage: { addListener(f: RawListener): void } };
  const tabs = chrome.tabs as Api & { sendMessage(...a: unknown[]): Promise<unknown> };
  return over(chrome, {
    // The worker adds its listener once and never removes it.
    runtime: over(runtime, { onMessage: { addListener: (f: Listener) => runtime.onMessage.addListener(rawListener(f)) } }),
    tabs: over(tabs, { sendMessage: politeSend((...a) => tabs.sendMessage(...a)) }),
  });
}

/** The extension API as the polyfill would have given it (`g` for tests). */
export function extensionApi(g: { browser?: unknown; chrome?: unknown } = globalThis as never): Browser {
  const own = g.browser as { runtime?: { id?: unknown } } | undefined;
  if (own?.runtime?.id) return own as unknown as Browser;
  const chrome = g.chrome as Api | undefined;
  // Outside an extension (unit tests that import a worker module) there is nothing to wrap.
  return (chrome?.runtime ? wrapChrome(chrome) : chrome) as unknown as Browser;
}

const browser: Browser = extensionApi();
export default browser;
