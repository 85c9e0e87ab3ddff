// Split an email body into the new message, its signature and the quoted history,
// with bounded work whatever the input size. The quote headers of every language come from
// the lexicons. Pure, part of the reading core.
import { allWords, alt } from './lexicon';

/** Raw characters looked at, at most. */
const MAX_RAW = 256 * 1024;
/** Characters of new text kept. */
const MAX_FRESH = 16 * 1024;
/** Characters of quoted history kept (for context only). */
const MAX_QUOTED = 8 * 1024;
/** Longest line considered; the rest of a longer line is dropped. */
const MAX_LINE = 2000;
/** Lines looked at, at most. */
const MAX_LINES = 8000;

export interface Normalized {
  /** The new message (no quoted history, no signature after "-- "). */
  fresh: string;
  /** Signature block after a "-- " delimiter, if any. */
  signature: string;
  /** Quoted history (bounded). */
  quoted: string;
  /** True when the body had quoted history. */
  hasQuoted: boolean;
}

const words = (field: Parameters<typeof allWords>[0]): string => alt(allWords(field));
const WROTE = words('wrote');
const WROTE_THEN = words('wroteThenName');
const SENT_OR_DATE = alt([...allWords('headerSent'), ...allWords('headerDate')]);

/** "On Tue, 3 Mar 2026, Anna wrote:" (case-sensitive opening word). */
const ATTRIBUTION_START = new RegExp(`^\\s*(?:${words('quoteOn')})\\s`);
const ATTRIBUTION_END = new RegExp(`(?:(?:${WROTE})\\s*:|(?:${WROTE_THEN})\\s.{0,160}:|(?:${WROTE_THEN})\\s*:)\\s*$`, 'i');
const SEPARATOR = new RegExp(`^\\s*(?:-{2,}\\s*(?:${words('quoteSeparators')})\\s*-{2,}|_{10,})\\s*$`, 'i');
const HEADER_FROM = new RegExp(`^\\s*\\*?(?:${words('headerFrom')})\\s?\\*?:\\s*\\S`);
const HEADER_SENT = new RegExp(`^\\s*\\*?(?:${SENT_OR_DATE})\\s?\\*?:`, 'i');
const HEADER_INLINE_SENT = new RegExp(`\\s(?:${SENT_OR_DATE})\\s?:\\s`);
const SIG_DELIM = /^--\s?$/;
const MOBILE = new RegExp(`^\\s*(?:${words('mobileFooter')})`, 'i');

/** Iterate over lines of s (up to limits) without splitting the whole string. */
function* lines(s: string): Generator<string> {
  let start = 0;
  let n = 0;
  while (start <= s.length && n < MAX_LINES) {
    let end = s.indexOf('\n', start);
    if (end === -1) end = s.length;
    let line = s.slice(start, Math.min(end, start + MAX_LINE));
    if (line.endsWith('\r')) line = line.slice(0, -1);
    yield line;
    n++;
    if (end >= s.length) break;
    start = end + 1;
  }
}

export function normalizeBody(body: string): Normalized {
  const raw = (body ?? '').slice(0, MAX_RAW).replace(/\r\n?/g, '\n');
  const all: string[] = [];
  for (const l of lines(raw)) all.push(l);

  const fresh: string[] = [];
  const sig: string[] = [];
  const quoted: string[] = [];
  let freshLen = 0;
  let quotedLen = 0;
  let mode: 'fresh' | 'sig' | 'quoted' = 'fresh';
  let hasQuoted = false;

  const pushQuoted = (l: string): void => {
    hasQuoted = true;
    if (quotedLen < MAX_QUOTED) {
      quoted.push(l);
      quotedLen += l.length + 1;
    }
  };

  for (let i = 0; i < all.length; i++) {
    const line = all[i] ?? '';
    if (mode === 'quoted') {
      pushQuoted(line.replace(/^\s*(?:>\s?)+/, ''));
      if (quotedLen >= MAX_QUOTED) break;
      continue;
    }
    // Start of quoted history?
    if (SEPARATOR.test(line)) {
      mode = 'quoted';
      hasQuoted = true;
      continue;
    }
    if (ATTRIBUTION_START.test(line) && line.length < 400) {
      const next = all[i + 1] ?? '';
      const next2 = all[i + 2] ?? '';
      if (ATTRIBUTION_END.test(line)) { mode = 'quoted'; hasQuoted = true; continue; }
      if (ATTRIBUTION_END.test(`${line} ${next}`) || ATTRIBUTION_END.test(`${line} ${next} ${next2}`)) {
        mode = 'quoted';
        hasQuoted = true;
        continue;
      }
    }
    if (HEADER_FROM.test(line)) {
      const look = [all[i + 1], all[i + 2], all[i + 3], all[i + 4]];
      if (HEADER_INLINE_SENT.test(line) || look.some((l) => l !== undefined && HEADER_SENT.test(l))) {
        mode = 'quoted';
        hasQuoted = true;
        pushQuoted(line);
        continue;
      }
    }
    if (/^\s*>/.test(line)) {
      pushQuoted(line.replace(/^\s*(?:>\s?)+/, ''));
      continue;
    }
    if (MOBILE.test(line)) continue;
    if (mode === 'fresh' && SIG_DELIM.test(line)) {
      mode = 'sig';
      continue;
    }
    if (mode === 'sig') {
      if (sig.join('\n').length < 1024) sig.push(line);
      continue;
    }
    if (freshLen < MAX_FRESH) {
      const room = MAX_FRESH - freshLen;
      const kept = line.length > room ? line.slice(0, room) : line;
      fresh.push(kept);
      freshLen += kept.length + 1;
    } else {
      break;
    }
  }
  return {
    fresh: trimBlank(fresh).join('\n'),
    signature: trimBlank(sig).join('\n'),
    quoted: quoted.join('\n'),
    hasQuoted,
  };
}

function trimBlank(ls: string[]): string[] {
  let a = 0;
  let b = ls.length;
  while (a < b && (ls[a] ?? '').trim() === '') a++;
  while (b > a && (ls[b - 1] ?? '').trim() === '') b--;
  return ls.slice(a, b);
}
