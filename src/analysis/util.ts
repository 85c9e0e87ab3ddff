/** Compile keyword fragments into one case-insensitive, Unicode-aware regex with letter boundaries. */
export function wordsRe(parts: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(wordsSource(parts), flags);
}

/** The source wordsRe compiles: the fragments between letter boundaries, or a pattern that never matches for none. */
export function wordsSource(parts: readonly string[]): string {
  return parts.length === 0 ? '(?!)' : `(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`;
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
