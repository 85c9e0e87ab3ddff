// Small statistics and formatting helpers for the bench (no dependencies).

export function sorted(xs: readonly number[]): number[] {
  return [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** Nearest-rank percentile (p in 0…100) of the finite values; NaN when there are none. */
export function percentile(xs: readonly number[], p: number): number {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))]!;
}

/** Median (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export function max(xs: readonly number[]): number {
  const s = sorted(xs);
  return s.length ? s[s.length - 1]! : NaN;
}

/** Fixed decimals, thousands separated with a thin space-free comma; "n/a" for NaN. */
export function num(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export const ms = (x: number, d = 1): string => `${num(x, d)} ms`;
export const us = (x: number, d = 0): string => `${num(x, d)} µs`;
export const ratio = (x: number): string => (Number.isFinite(x) ? `×${x.toFixed(2)}` : 'n/a');
export const bytes = (n: number): string => (Math.abs(n) >= 1024 * 1024 ? `${num(n / (1024 * 1024), 2)} MB` : `${num(n / 1024, 1)} KB`);
export const signedBytes = (n: number): string => `${n >= 0 ? '+' : '−'}${bytes(Math.abs(n))}`;

export const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));
