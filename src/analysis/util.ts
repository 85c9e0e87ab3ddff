/** Compile keyword fragments into one case-insensitive, Unicode-aware regex with letter boundaries. */
export function wordsRe(parts: readonly string[], flags = 'iu'): RegExp {
  if (parts.length === 0) return /(?!)/u;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

export function collapseSpaces(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, ' ').trim();
}

const cache = new Map<string, RegExp>();
/** Memoised regex construction keyed by source+flags. */
export function re(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let r = cache.get(key);
  if (!r) {
    r = new RegExp(source, flags);
    cache.set(key, r);
  }
  return r;
}
