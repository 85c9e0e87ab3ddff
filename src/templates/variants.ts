// Deterministic phrasing choice. Each slot mixes the seed with its own name so that
// neighbouring slots do not all flip together, yet the same seed always gives the same draft.

export function normalizeSeed(seed: unknown): number {
  const n = typeof seed === 'number' ? seed : Number(seed);
  if (!Number.isFinite(n)) return 0;
  return Math.abs(Math.trunc(n)) % 2147483647;
}

function slotHash(slot: string): number {
  // FNV-1a: tiny and stable across engines.
  let h = 0x811c9dc5;
  for (let i = 0; i < slot.length; i++) {
    h ^= slot.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function pickIndex(seed: number, slot: string, n: number): number {
  if (n <= 1) return 0;
  // seed first, so consecutive seeds walk through the options of every slot.
  return (seed + (slotHash(slot) % n)) % n;
}

export function makePicker(seed: number) {
  const s = normalizeSeed(seed);
  return function pick<T>(slot: string, options: readonly T[]): T {
    const chosen = options[pickIndex(s, slot, options.length)];
    if (chosen === undefined) throw new Error(`no phrasing for slot ${slot}`);
    return chosen;
  };
}
