// The copy of the settings in storage.sync, for the user's other browsers: the settings as
// JSON text cut into parts that each fit one sync item, plus a small head item that says how
// many parts there are and a hash of the whole, so a browser that has received only some of
// the parts (sync delivers items one by one) sees a torn copy and waits instead of reading
// half. When everything does not fit in the sync quota, whole template groups are left out
// (most-used replies first in, see ids.ts) and the head names them: the browser that wrote
// them keeps them in storage.local, and the user is told which ones do not sync. A browser
// that received such a mirror names the same groups when it writes one, so the browser
// holding them keeps them when the newer settings come back.
import { isObj } from '../guards';
import { INTENTS, TONES } from '../ids';
import { itemBytes, jsonCharBytes, totalOverhead, type SyncLimits } from './areas';
import { normalise, type Settings } from './schema';

export const MIRROR_KEY = 'settingsSync';
export const MIRROR_FORMAT = 1;
export const partKey = (i: number) => `${MIRROR_KEY}.${i}`;

export interface MirrorHead {
  format: typeof MIRROR_FORMAT;
  /** Revision of the settings it copies (see store.ts). */
  rev: number;
  savedAt: string;
  device: string;
  parts: number;
  /** Length and hash of the parts joined: a torn copy does not match. */
  length: number;
  hash: string;
  /** Hash of the whole settings it was made from (with every template group). */
  fullHash: string;
  /** Template groups ("intent/tone") left out because they did not fit. */
  omitted: string[];
}

/** FNV-1a over the UTF-16 code units: enough to tell a torn or stale copy, not a secret. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${s.length.toString(36)}-${h.toString(36)}`;
}

export function settingsText(s: Settings): string {
  return JSON.stringify(normalise(s));
}

/** Cut `text` into strings whose items (`key` + JSON string) each fit `perItem` bytes. */
export function cutParts(text: string, perItem: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  while (start < text.length || parts.length === 0) {
    const room = perItem - itemBytes(partKey(parts.length), '');
    let used = 0;
    i = start;
    while (i < text.length) {
      const cp = text.codePointAt(i)!;
      const cost = jsonCharBytes(cp);
      if (used + cost > room) break;
      used += cost;
      i += cp > 0xffff ? 2 : 1;
    }
    parts.push(text.slice(start, i));
    if (i === start) break; // nothing fits (cannot happen with a sane perItem)
    start = i;
  }
  return parts;
}

/** Template groups in the order they get room in the mirror: decline, reschedule, withdraw… */
function groupOrder(keys: string[]): string[] {
  const rank = (k: string) => {
    const [i, t] = k.split('/');
    return INTENTS.indexOf(i as never) * TONES.length + TONES.indexOf(t as never);
  };
  return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

export interface MirrorPlan {
  head: MirrorHead;
  parts: string[];
  /** Bytes the plan takes in sync (head + parts). */
  bytes: number;
  /** Groups of this browser left out for size (head.omitted also names groups only another browser has). */
  tooLarge: string[];
}

type PlanMeta = Omit<MirrorHead, 'parts' | 'length' | 'hash' | 'omitted' | 'format'> & { elsewhere?: string[] };

function plan(s: Settings, meta: PlanMeta, omitted: string[], limits: SyncLimits): MirrorPlan {
  const { elsewhere = [], ...headMeta } = meta;
  const kept: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(s.templates)) if (!omitted.includes(k)) kept[k] = v;
  const text = settingsText({ ...s, templates: kept });
  const parts = cutParts(text, limits.perItem);
  const head: MirrorHead = {
    format: MIRROR_FORMAT, ...headMeta, parts: parts.length, length: text.length, hash: hashText(text),
    omitted: [...omitted, ...elsewhere.filter((k) => !omitted.includes(k) && !(k in s.templates))],
  };
  const bytes = itemBytes(MIRROR_KEY, head) + parts.reduce((n, p, i) => n + itemBytes(partKey(i), p), 0);
  return { head, parts, bytes, tooLarge: omitted };
}

/**
 * The mirror of `s` that fits in `room` bytes (beyond 4 a key for the others already there)
 * and `itemRoom` items: everything when it can,
 * else the name, signature and defaults with as many whole template groups as fit.
 * null when not even that fits.
 */
export function planMirror(
  s: Settings,
  meta: PlanMeta,
  limits: SyncLimits,
  room: number,
  itemRoom: number,
): MirrorPlan | null {
  const fits = (p: MirrorPlan) => p.bytes + totalOverhead(p.parts.length + 1) <= room && p.parts.length + 1 <= itemRoom;
  const all = plan(s, meta, [], limits);
  if (fits(all)) return all;
  const groups = groupOrder(Object.keys(s.templates));
  let omitted = [...groups];
  let best = plan(s, meta, omitted, limits);
  if (!fits(best)) return null;
  for (const g of groups) {
    const trial = omitted.filter((x) => x !== g);
    const p = plan(s, meta, trial, limits);
    if (fits(p)) {
      omitted = trial;
      best = p;
    }
  }
  return best;
}

export type MirrorRead =
  | { kind: 'none' }
  /** Some parts have not arrived yet, or the head is from a copy being rewritten. */
  | { kind: 'torn'; head: MirrorHead }
  | { kind: 'ok'; head: MirrorHead; text: string }
  /** A head Tactful cannot read (another version's format, or damaged): keep it, do not use it. */
  | { kind: 'foreign'; raw: unknown };

function isHead(v: unknown): v is MirrorHead {
  if (!isObj(v) || v.format !== MIRROR_FORMAT) return false;
  return Number.isInteger(v.rev) && typeof v.savedAt === 'string' && typeof v.device === 'string'
    && Number.isInteger(v.parts) && (v.parts as number) >= 1 && (v.parts as number) <= 512
    && typeof v.length === 'number' && typeof v.hash === 'string' && typeof v.fullHash === 'string'
    && Array.isArray(v.omitted) && v.omitted.every((x) => typeof x === 'string');
}

/** Read the mirror out of everything in storage.sync. */
export function readMirror(all: Record<string, unknown>): MirrorRead {
  const raw = all[MIRROR_KEY];
  if (raw === undefined) return { kind: 'none' };
  if (!isHead(raw)) return { kind: 'foreign', raw };
  let text = '';
  for (let i = 0; i < raw.parts; i++) {
    const p = all[partKey(i)];
    if (typeof p !== 'string') return { kind: 'torn', head: raw };
    text += p;
  }
  if (text.length !== raw.length || hashText(text) !== raw.hash) return { kind: 'torn', head: raw };
  return { kind: 'ok', head: raw, text };
}

/** Keys of ours in storage.sync: the head and its parts (any index). */
export function isMirrorKey(key: string): boolean {
  return key === MIRROR_KEY || /^settingsSync\.\d+$/.test(key);
}
