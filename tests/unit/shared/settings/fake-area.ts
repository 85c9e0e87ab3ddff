// A storage area like browser.storage.sync, in memory: structured-clones values like the
// real one, can delay writes (to make saves race) and can fail like a full quota.
import type { StorageAreaLike } from '../../../../src/shared/settings';

export interface FakeArea extends StorageAreaLike {
  data: Map<string, unknown>;
  writes: Record<string, unknown>[];
  failWith: string | null;
  delays: number[];
}

export function fakeArea(initial: Record<string, unknown> = {}): FakeArea {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const area: FakeArea = {
    data,
    writes: [],
    failWith: null,
    delays: [],
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
      area.writes.push(structuredClone(items));
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
  return area;
}
