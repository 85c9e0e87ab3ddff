// The storage areas settings live in, their limits, and how big an item is by the browser's
// own count. Chrome refuses a storage.sync write when one item (key + its value as JSON, in
// UTF-8 bytes) is over 8,192 bytes, when all items together are over 102,400, or when there
// would be more than 512 items; Firefox has the same limits. Chrome writes the JSON with its
// own escaping (base/json/string_escape.cc): `<`, U+2028 and U+2029 become six-byte \u
// escapes and other control characters too, so a plain JSON.stringify under-counts; itemBytes
// counts the way Chrome does (checked against real Chromium in tests/browser/options.test.ts).

/** The part of browser.storage.StorageArea we use. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome exposes these on storage.sync (and QUOTA_BYTES on storage.local); Firefox does not. */
  QUOTA_BYTES_PER_ITEM?: number;
  QUOTA_BYTES?: number;
  MAX_ITEMS?: number;
}

/**
 * Where settings live: `local` holds the whole truth for this browser (no per-item limit),
 * `sync` a mirror of what fits, for the user's other browsers. `browser.storage` itself fits.
 */
export interface SettingsAreas {
  local: StorageAreaLike;
  sync: StorageAreaLike;
}

export interface SyncLimits {
  perItem: number;
  total: number;
  maxItems: number;
}

/**
 * What n items add to the total beyond their own sizes. Chrome sums the items; Firefox
 * measures all of them as one JSON object (quotes and colon per key, commas, braces:
 * 4n + 1 more, read in tests/browser/options.test.ts). Counting Firefox's way fits both.
 */
export const totalOverhead = (items: number) => (items > 0 ? 4 * items + 1 : 0);

export function syncLimits(area: StorageAreaLike): SyncLimits {
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  return { perItem: num(area.QUOTA_BYTES_PER_ITEM, 8_192), total: num(area.QUOTA_BYTES, 102_400), maxItems: num(area.MAX_ITEMS, 512) };
}

/** storage.local's limit in Chrome (10 MB since Chrome 114; Firefox has none). */
export function localLimit(area: StorageAreaLike): number {
  const v = area.QUOTA_BYTES;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 10_485_760;
}

/** Bytes one character (code point) takes inside a JSON string as Chrome writes it. */
export function jsonCharBytes(cp: number): number {
  if (cp === 0x22 || cp === 0x5c || cp === 0x08 || cp === 0x0c || cp === 0x0a || cp === 0x0d || cp === 0x09) return 2;
  if (cp < 0x20 || cp === 0x3c || cp === 0x2028 || cp === 0x2029) return 6;
  if (cp >= 0xd800 && cp <= 0xdfff) return 6; // a lone surrogate: \uXXXX in JSON.stringify (Chrome: U+FFFD, 3)
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/** Bytes of a JSON string literal, quotes included. */
export function jsonStringBytes(s: string): number {
  let n = 2;
  for (const ch of s) n += jsonCharBytes(ch.codePointAt(0)!);
  return n;
}

/** Bytes of any JSON-able value as Chrome counts it (no spaces, its escaping). */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return jsonStringBytes(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v).length;
  if (Array.isArray(v)) return 2 + Math.max(0, v.length - 1) + v.reduce((n: number, x) => n + jsonBytes(x), 0);
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return 2 + Math.max(0, entries.length - 1) + entries.reduce((n, [k, x]) => n + jsonStringBytes(k) + 1 + jsonBytes(x), 0);
  }
  return 4;
}

/** One storage item's size by the browser's count: the key's UTF-8 bytes + its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key).length + jsonBytes(value);
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}

export type StorageFailure = 'per-item' | 'total' | 'items' | 'rate' | 'other';

/**
 * What a storage error says. Chromium 156 says "Resource::kQuotaBytesPerItem quota exceeded"
 * (kQuotaBytes, kMaxItems), older Chrome "QUOTA_BYTES_PER_ITEM quota exceeded", Firefox one
 * "…exceeded its quota limitations." for every limit; the rate limit is
 * "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota."
 */
export function classifyError(e: unknown): StorageFailure {
  const m = errorText(e);
  if (/QUOTA_BYTES_PER_ITEM|kQuotaBytesPerItem/i.test(m)) return 'per-item';
  if (/MAX_ITEMS|kMaxItems/i.test(m)) return 'items';
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(m)) return 'rate';
  if (/QUOTA_BYTES|kQuotaBytes|quota/i.test(m)) return 'total';
  return 'other';
}
