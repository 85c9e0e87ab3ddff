// Storage areas like browser.storage.sync and .local, in memory, with Chrome's real limits:
// fakeSync refuses a write (all of it, as Chrome does) when one item — its key plus its value
// as Chrome writes JSON (`<`, U+2028 and U+2029 escaped to six bytes), in UTF-8 — is over
// QUOTA_BYTES_PER_ITEM 8,192, when all items would pass QUOTA_BYTES 102,400, or when there
// would be more than MAX_ITEMS 512, with Chromium's own error messages; fakeLocal has
// storage.local's 10 MB total and no per-item limit. Values are structured-cloned like the
// real ones; writes can be delayed (to make saves race), made to fail, or rate-limited like
// MAX_WRITE_OPERATIONS_PER_MINUTE. This size count is written apart from src/ on purpose:
// tests/browser/options.test.ts checks the same boundary against real Chromium.
import type { SettingsAreas, StorageAreaLike } from '../../../../src/shared/settings';

export interface FakeLimits {
  perItem?: number;
  total?: number;
  maxItems?: number;
  /** Firefox says the same thing for every quota: "…exceeded its quota limitations." */
  wording?: 'chrome' | 'firefox';
}

/** Chromium's own words (156, read in tests/browser/options.test.ts). */
export const CHROME_ERRORS = {
  perItem: 'Resource::kQuotaBytesPerItem quota exceeded',
  total: 'Resource::kQuotaBytes quota exceeded',
  items: 'Resource::kMaxItems quota exceeded',
  rate: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
} as const;
/** Firefox's one message for every sync quota (153, read in tests/browser/options.test.ts). */
export const FIREFOX_QUOTA = 'QuotaExceededError: storage.sync API call exceeded its quota limitations.';

export interface FakeArea extends StorageAreaLike {
  data: Map<string, unknown>;
  /** Every successful set() and remove(), in order. */
  writes: Record<string, unknown>[];
  removes: string[][];
  /** Every set() rejected for a quota, with its message. */
  refused: string[];
  failWith: string | null;
  delays: number[];
  /** Write operations (set or remove) allowed before "MAX_WRITE_OPERATIONS_PER_MINUTE"; null = no limit. */
  writesLeft: number | null;
  limits: FakeLimits;
  /** Bytes in use, counted the way the browser counts them. */
  bytesInUse(): number;
}

const enc = new TextEncoder();

/** Chrome's count of one item: the key's bytes + the value's JSON as base::JSONWriter writes it. */
export function chromeItemBytes(key: string, value: unknown): number {
  const json = (JSON.stringify(value) ?? 'null').replace(/</g, '\\u003C').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return enc.encode(key).length + enc.encode(json).length;
}

export function fakeArea(initial: Record<string, unknown> = {}, limits: FakeLimits = {}): FakeArea {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const total = (m: Map<string, unknown>) => [...m].reduce((n, [k, v]) => n + chromeItemBytes(k, v), 0);
  // Firefox checks its total on all items as one JSON object (read in tests/browser/options.test.ts).
  const firefoxTotal = (m: Map<string, unknown>) => enc.encode(JSON.stringify(Object.fromEntries(m))).length;
  const overTotal = (m: Map<string, unknown>) => (limits.wording === 'firefox' ? firefoxTotal(m) : total(m)) > limits.total!;
  const refuse = (chrome: string): never => {
    const m = limits.wording === 'firefox' ? FIREFOX_QUOTA : chrome;
    area.refused.push(m);
    throw new Error(m);
  };
  const spendWrite = () => {
    if (area.writesLeft === null) return;
    if (area.writesLeft <= 0) throw new Error(CHROME_ERRORS.rate);
    area.writesLeft--;
  };
  const area: FakeArea = {
    data,
    writes: [],
    removes: [],
    refused: [],
    failWith: null,
    delays: [],
    writesLeft: null,
    limits,
    bytesInUse: () => total(data),
    async get(keys) {
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      const delay = area.delays.shift() ?? 0;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (area.failWith) throw new Error(area.failWith);
      spendWrite();
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) {
        if (limits.perItem !== undefined && chromeItemBytes(k, v) > limits.perItem) refuse(CHROME_ERRORS.perItem);
        next.set(k, structuredClone(v));
      }
      if (limits.total !== undefined && overTotal(next)) refuse(CHROME_ERRORS.total);
      if (limits.maxItems !== undefined && next.size > limits.maxItems) refuse(CHROME_ERRORS.items);
      area.writes.push(structuredClone(items));
      for (const [k, v] of next) data.set(k, v);
    },
    async remove(keys) {
      if (area.failWith) throw new Error(area.failWith);
      spendWrite();
      const list = Array.isArray(keys) ? keys : [keys];
      area.removes.push([...list]);
      for (const k of list) data.delete(k);
    },
  };
  return area;
}

/** storage.sync with Chrome's limits (and its QUOTA_* constants, as Chrome exposes them). */
export function fakeSync(initial: Record<string, unknown> = {}): FakeArea {
  return Object.assign(fakeArea(initial, { perItem: 8_192, total: 102_400, maxItems: 512 }), {
    QUOTA_BYTES_PER_ITEM: 8_192, QUOTA_BYTES: 102_400, MAX_ITEMS: 512,
  });
}

/**
 * storage.sync as Firefox has it: the same limits, but the total counted on all items as one
 * JSON object (4 bytes more an item, and 1), no QUOTA_* constants, one message for all.
 */
export function fakeFirefoxSync(initial: Record<string, unknown> = {}): FakeArea {
  return fakeArea(initial, { perItem: 8_192, total: 102_400, maxItems: 512, wording: 'firefox' });
}

/** storage.local with Chrome's 10 MB total and no per-item limit. */
export function fakeLocal(initial: Record<string, unknown> = {}): FakeArea {
  return Object.assign(fakeArea(initial, { total: 10_485_760 }), { QUOTA_BYTES: 10_485_760 });
}

export interface FakeAreas extends SettingsAreas {
  local: FakeArea;
  sync: FakeArea;
}

export function fakeAreas(initial: { local?: Record<string, unknown>; sync?: Record<string, unknown> } = {}): FakeAreas {
  return { local: fakeLocal(initial.local), sync: fakeSync(initial.sync) };
}

/** A second browser on the same sync account: its own empty storage.local, the same sync. */
export function otherBrowser(areas: FakeAreas): FakeAreas {
  return { local: fakeLocal(), sync: areas.sync };
}
