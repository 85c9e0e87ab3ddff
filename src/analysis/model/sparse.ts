// The committed weights' compact form: sorted feature indices as base64 varint deltas and
// the weights quantised to int8 with one scale per vector (a few KB gzip instead of a
// megabyte of floats in the worker bundle).

export interface PackedVector {
  /** Weight of quantum 1. */
  scale: number;
  /** base64 of the varint-coded gaps between consecutive indices. */
  idx: string;
  /** base64 of the int8 quanta, one per index. */
  q: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Quantise and pack a sparse vector (entries that round to 0 are dropped). */
export function pack(entries: ReadonlyArray<readonly [number, number]>): PackedVector {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const max = sorted.reduce((m, [, w]) => Math.max(m, Math.abs(w)), 0);
  const scale = max > 0 ? max / 127 : 1;
  const idx: number[] = [];
  const q: number[] = [];
  let prev = 0;
  for (const [i, w] of sorted) {
    const k = Math.round(w / scale);
    if (k === 0) continue;
    let gap = i - prev;
    prev = i;
    do {
      const b = gap & 0x7f;
      gap >>>= 7;
      idx.push(gap ? b | 0x80 : b);
    } while (gap);
    q.push(k & 0xff);
  }
  return { scale: Number(scale.toPrecision(8)), idx: toBase64(Uint8Array.from(idx)), q: toBase64(Uint8Array.from(q)) };
}

/** The weights as a map from feature index to weight. */
export function unpack(p: PackedVector): Map<number, number> {
  const gaps = fromBase64(p.idx);
  const q = fromBase64(p.q);
  const out = new Map<number, number>();
  let at = 0;
  let prev = 0;
  for (let k = 0; k < q.length; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = gaps[at++] ?? 0;
      gap |= (b & 0x7f) << shift;
      if (!(b & 0x80)) break;
      shift += 7;
    }
    prev += gap;
    const v = q[k] ?? 0;
    out.set(prev, (v > 127 ? v - 256 : v) * p.scale);
  }
  return out;
}
