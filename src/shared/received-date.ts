// When a message was received, read the way the page shows it (issue 13, "dates the way the
// page shows them"). Pure: plain strings in, an ISO instant or an explicit "unknown" out;
// the content script's adapters hand in what the page has.
//
// Order of trust: a machine-readable time (`time[datetime]`, an ISO `title`); then the
// display text, read by the page's locale (`document.documentElement.lang`, then
// `navigator.languages`). Month names are read in many languages; numeric dates follow the
// locale's day/month order (en-GB and European locales: `Tue 01/12/2026 17:09` is
// 1 December); a weekday shown beside the date settles the order when it fits only one
// reading. When the order stays ambiguous (a bare "en", no weekday, both parts ≤ 12), the
// answer is unknown — never a guess, so no reply claims to be late.

export type ReceivedDate =
  | { known: true; iso: string; from: 'machine' | 'display' }
  | { known: false; why: 'empty' | 'ambiguous' | 'unreadable' };

export interface DateSources {
  /** Machine-readable values (a `datetime` attribute): ISO 8601 expected. */
  machine?: readonly (string | null | undefined)[];
  /** What the page shows, best first: a full date in `title` or `aria-label`, then the text. */
  display?: readonly (string | null | undefined)[];
  /** The page's language first, then the user's (navigator.languages). */
  locales: readonly (string | null | undefined)[];
}

type Order = 'dmy' | 'mdy' | 'ymd';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Languages whose month and weekday names are always read (beside the page's own). */
// (Not every language: short names of two letters collide with words — Finnish "la", "to".)
const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'nb'];

const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\./g, '');

function validLocale(tag: string | null | undefined): string | null {
  const t = String(tag ?? '').trim().replace(/_/g, '-');
  if (!t) return null;
  try {
    return Intl.getCanonicalLocales(t)[0] ?? null;
  } catch {
    return null;
  }
}

/** The numeric date order of a locale; null when the locale does not say (a bare "en"). */
export function dateOrder(locale: string): Order | null {
  const tag = validLocale(locale);
  if (!tag) return null;
  // English without a region is written both ways (en-US 12/1, en-GB 1/12): unknowable.
  if (/^en$/i.test(tag)) return null;
  try {
    const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2026, 11, 1));
    const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type[0]).join('');
    return order === 'dmy' || order === 'mdy' || order === 'ymd' ? order : null;
  } catch {
    return null;
  }
}

interface Names {
  months: Map<string, number>;
  weekdays: Map<string, number>;
}
const namesCache = new Map<string, Names>();

/** Month and weekday names (long and short, folded) of the given languages, from Intl. */
function namesFor(locales: readonly string[]): Names {
  const langs = [...new Set([...locales.map((l) => l.split('-')[0]!.toLowerCase()), ...NAME_LANGUAGES])];
  const key = langs.join(',');
  const hit = namesCache.get(key);
  if (hit) return hit;
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  for (const lang of langs) {
    for (const style of ['long', 'short'] as const) {
      try {
        const mf = new Intl.DateTimeFormat(lang, { month: style });
        for (let m = 0; m < 12; m++) {
          const name = fold(mf.format(new Date(2026, m, 15)));
          if (name.length >= 3 && !months.has(name)) months.set(name, m);
          if (name.length > 3 && !months.has(name.slice(0, 3))) months.set(name.slice(0, 3), m);
        }
        const wf = new Intl.DateTimeFormat(lang, { weekday: style });
        for (let d = 0; d < 7; d++) {
          const date = new Date(2026, 10, 29 + d); // 29 Nov 2026 is a Sunday
          const name = fold(wf.format(date));
          if (name.length >= 2 && !weekdays.has(name)) weekdays.set(name, date.getDay());
        }
      } catch {
        /* a language Intl does not know */
      }
    }
  }
  const names = { months, weekdays };
  namesCache.set(key, names);
  return names;
}

interface Clock {
  hour: number;
  minute: number;
}

const TIME = /(\d{1,2})[:.h](\d{2})(?:[:.]\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?![\d])/i;
const NUMERIC = /(?<!\d)(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{2,4})(?!\d)/;
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;

function clockOf(text: string): { clock: Clock; rest: string } {
  const m = TIME.exec(text);
  if (!m) return { clock: { hour: 0, minute: 0 }, rest: text };
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const mer = (m[3] ?? '').toLowerCase().replace(/[\s.]/g, '');
  if (mer === 'pm' && hour < 12) hour += 12;
  if (mer === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return { clock: { hour: 0, minute: 0 }, rest: text };
  return { clock: { hour, minute }, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
}

function build(y: number, m: number, d: number, c: Clock): Date | null {
  const year = y < 100 ? 2000 + y : y;
  const date = new Date(year, m, d, c.hour, c.minute);
  return date.getFullYear() === year && date.getMonth() === m && date.getDate() === d ? date : null;
}

/** The weekday named in the text, if any (0 = Sunday). */
function weekdayIn(words: string[], names: Names, skip: Set<string>): number | null {
  for (const w of words) if (!skip.has(w) && names.weekdays.has(w)) return names.weekdays.get(w)!;
  return null;
}

/** Read one display string. */
export function readDisplayDate(display: string, locales: readonly string[]): ReceivedDate {
  const text = String(display ?? '').replace(/\([^)]*\)/g, ' ').replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim();
  if (!text) return { known: false, why: 'empty' };
  const tags = locales.map(validLocale).filter((l): l is string => !!l);
  const names = namesFor(tags);
  const cjk = CJK.exec(text);
  if (cjk) {
    const { clock } = clockOf(text.slice(cjk.index + cjk[0].length));
    const date = build(Number(cjk[1]), Number(cjk[2]) - 1, Number(cjk[3]), clock);
    return date ? { known: true, iso: date.toISOString(), from: 'display' } : { known: false, why: 'unreadable' };
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const after = text.slice(0, numeric.index) + ' ' + text.slice(numeric.index + numeric[0].length);
    const { clock, rest } = clockOf(after);
    const words = fold(rest).split(/[^\p{L}]+/u).filter(Boolean);
    return readNumeric(numeric, clock, weekdayIn(words, names, new Set()), tags);
  }
  const { clock, rest } = clockOf(text);
  return readNamed(rest, clock, names);
}

function readNumeric(m: RegExpExecArray, clock: Clock, weekday: number | null, tags: string[]): ReceivedDate {
  const [a, sep, b, c] = [m[1]!, m[2]!, Number(m[3]), m[4]!];
  if (a.length === 4) {
    const date = build(Number(a), b - 1, Number(c), clock); // year first (ISO-like, ja, zh, ko, hu, sv)
    return date ? { known: true, iso: date.toISOString(), from: 'display' } : { known: false, why: 'unreadable' };
  }
  if (c.length === 3) return { known: false, why: 'unreadable' };
  const first = Number(a);
  const year = Number(c);
  const readings: Array<{ order: Order; date: Date }> = [];
  const dm = build(year, b - 1, first, clock);
  const md = build(year, first - 1, b, clock);
  if (dm) readings.push({ order: 'dmy', date: dm });
  if (md && (!dm || md.getTime() !== dm.getTime())) readings.push({ order: 'mdy', date: md });
  if (readings.length === 0) return { known: false, why: 'unreadable' };
  const pick = (r: { date: Date }): ReceivedDate => ({ known: true, iso: r.date.toISOString(), from: 'display' });
  if (readings.length === 1) return pick(readings[0]!);
  // A weekday shown with the date fits one reading only: that one.
  if (weekday !== null) {
    const fits = readings.filter((r) => r.date.getDay() === weekday);
    if (fits.length === 1) return pick(fits[0]!);
    if (fits.length === 0) return { known: false, why: 'unreadable' };
  }
  // Dots and dashes between day, month and year are day-first wherever they are written so.
  if (sep === '.') return pick(readings.find((r) => r.order === 'dmy')!);
  for (const tag of tags) {
    const order = dateOrder(tag);
    if (order === 'dmy' || order === 'mdy') return pick(readings.find((r) => r.order === order)!);
    if (order === 'ymd') continue;
  }
  return { known: false, why: 'ambiguous' };
}

function readNamed(rest: string, clock: Clock, names: Names): ReceivedDate {
  const words = fold(rest).split(/[^\p{L}\d]+/u).filter(Boolean);
  const monthWords = words.filter((w) => names.months.has(w));
  if (monthWords.length === 0) return { known: false, why: 'unreadable' };
  // A word that is both a month and a weekday ("mar." is March in English, Tuesday in French
  // and Spanish) is the weekday when another word names the month.
  const pure = monthWords.filter((w) => !names.weekdays.has(w));
  const monthWord = (pure.length > 0 ? pure : monthWords).sort((x, y) => y.length - x.length)[0]!;
  const month = names.months.get(monthWord)!;
  const numbers = words.map((w) => /^(\d{1,4})(?:st|nd|rd|th|er|e|o|º)?$/.exec(w)?.[1]).filter((n): n is string => !!n);
  const year = numbers.find((n) => n.length === 4);
  const day = numbers.find((n) => n.length <= 2 && Number(n) >= 1 && Number(n) <= 31);
  if (!year || !day) return { known: false, why: 'unreadable' };
  const date = build(Number(year), month, Number(day), clock);
  if (!date) return { known: false, why: 'unreadable' };
  const weekday = weekdayIn(words, names, new Set([monthWord]));
  if (weekday !== null && weekday !== date.getDay()) return { known: false, why: 'unreadable' };
  return { known: true, iso: date.toISOString(), from: 'display' };
}

/** The best reading of everything the page gives: machine-readable first, then each display string. */
export function readReceivedDate(src: DateSources): ReceivedDate {
  for (const raw of src.machine ?? []) {
    const value = String(raw ?? '').trim();
    if (ISO.test(value)) {
      const t = Date.parse(value.length === 10 ? `${value}T00:00` : value);
      if (Number.isFinite(t)) return { known: true, iso: new Date(t).toISOString(), from: 'machine' };
    }
  }
  const locales = (src.locales ?? []).map((l) => String(l ?? ''));
  let failure: ReceivedDate = { known: false, why: 'empty' };
  for (const raw of src.display ?? []) {
    const value = String(raw ?? '').trim();
    if (!value) continue;
    if (ISO.test(value)) return readReceivedDate({ machine: [value], locales });
    const read = readDisplayDate(value, locales);
    if (read.known) return read;
    if (read.why === 'ambiguous' || failure.why === 'empty') failure = read;
  }
  return failure;
}

/** readReceivedDate as EmailInput.receivedAt wants it: the ISO instant, or "" when unknown. */
export function receivedAtOf(src: DateSources): string {
  const read = readReceivedDate(src);
  return read.known ? read.iso : '';
}
