// The content script's door to the extension APIs, in place of webextension-polyfill (9.7 KB
// gzip, parsed in every mail tab). Firefox gives content scripts `browser.*`; Chromium gives
// `chrome.*`, promise-returning in MV3. What still differs is covered here:
// - onMessage: Firefox takes a listener's returned Promise as the reply, Chromium only a
//   `sendResponse` call after the listener returned `true`. Both honour the second form, so a
//   listener here returns a Promise (or undefined: not ours) and the wrapper answers through
//   sendResponse.
// - sendMessage: Chromium rejects when nobody answered ("message port closed before a
//   response"); the polyfill made that `undefined`, and so does this. The worker still uses the
//   polyfill, which sends a rejected answer as {__mozWebExtensionPolyfillReject__, message}:
//   that becomes a rejection here. A call that throws at once (an orphaned script: "Extension
//   context invalidated") becomes a rejection too.
// `browser` is taken only when it is a plain object with a runtime id: in Chromium an element
// with id="browser" is reachable as globalThis.browser (DOM clobbering), never as `chrome`.

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

interface Event<F> {
  addListener(f: F): void;
  removeListener(f: F): void;
}

export interface Port {
  name: string;
  sender?: MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: Event<(message: unknown, port: Port) => void>;
  onDisconnect: Event<(port: Port) => void>;
}

type RawListener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;
/** A listener answers with a Promise, or returns undefined when the message is not for it. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The part of chrome.* / browser.* the content script uses. */
export interface NativeApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): Port;
    getURL(path: string): string;
    onMessage: Event<RawListener>;
    onConnect: Event<(port: Port) => void>;
  };
  storage: { local: StorageArea; sync: StorageArea; onChanged: Event<(changes: Record<string, unknown>, area: string) => void> };
}

/** Types under the polyfill's names, so a file that used `Runtime.Port` only changes its import. */
type ExtPort = Port;
type ExtSender = MessageSender;
export declare namespace Runtime {
  type Port = ExtPort;
  type MessageSender = ExtSender;
}

const isNativeApi = (v: unknown): v is NativeApi => {
  if (!v || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const runtime = (v as { runtime?: { id?: unknown } }).runtime;
  return !!runtime && typeof runtime.id === 'string';
};

/** Firefox's `browser` when it is the real one, else Chromium's `chrome` (read on every call: tests swap it). */
export function nativeApi(g: { browser?: unknown; chrome?: unknown } = globalThis as never): NativeApi {
  return (isNativeApi(g.browser) ? g.browser : g.chrome) as NativeApi;
}

const NO_ANSWER = /message port closed before a response was received/i;
const POLYFILL_REJECT = '__mozWebExtensionPolyfillReject__';

export function sendMessage(message: unknown, api: () => NativeApi = nativeApi): Promise<unknown> {
  return new Promise<unknown>((resolve, reject) => {
    api().runtime.sendMessage(message).then(resolve, reject);
  }).then(
    (reply) => {
      if (reply && typeof reply === 'object' && (reply as Record<string, unknown>)[POLYFILL_REJECT] === true) {
        throw new Error(String((reply as { message?: unknown }).message ?? 'An unexpected error occurred'));
      }
      return reply;
    },
    (e: unknown) => {
      if (NO_ANSWER.test(e instanceof Error ? e.message : String(e))) return undefined;
      throw e;
    },
  );
}

/** A promise-returning listener as both browsers take it: sendResponse, and `true` to keep the channel open. */
export function rawListener(listener: MessageListener): RawListener {
  return (message, sender, sendResponse) => {
    let answer: Promise<unknown> | undefined;
    try {
      answer = listener(message, sender);
    } catch {
      return undefined;
    }
    if (!answer || typeof answer.then !== 'function') return undefined;
    const respond = (reply: unknown) => {
      try {
        sendResponse(reply);
      } catch {
        // the sender went away (its tab navigated, the popup closed)
      }
    };
    answer.then(respond, (e: unknown) => respond({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true;
  };
}

const wrapped = new WeakMap<MessageListener, RawListener>();

/** The polyfill's surface, as much of it as the content script uses (no more: it is parsed in every mail tab). */
const browser = {
  runtime: {
    get id(): string | undefined {
      return nativeApi().runtime?.id;
    },
    sendMessage: (message: unknown) => sendMessage(message),
    connect: (info: { name: string }): Port => nativeApi().runtime.connect(info),
    getURL: (path: string): string => nativeApi().runtime.getURL(path),
    onMessage: {
      addListener(listener: MessageListener): void {
        const raw = wrapped.get(listener) ?? rawListener(listener);
        wrapped.set(listener, raw);
        nativeApi().runtime.onMessage.addListener(raw);
      },
      removeListener(listener: MessageListener): void {
        const raw = wrapped.get(listener);
        if (raw) nativeApi().runtime.onMessage.removeListener(raw);
      },
    },
    onConnect: {
      addListener: (f: (port: Port) => void) => nativeApi().runtime.onConnect.addListener(f),
    },
  },
};

export default browser;
