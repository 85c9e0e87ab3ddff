// Proposed interview times: chrono-node over the lines that can hold a date, resolved
// against the email's arrival, written as local "YYYY-MM-DDTHH:MM" as the email states them.
// Every language's date words and its chrono-node locale come from the lexicons. Pure, part
// of the reading core.
import { EN, LEXICONS, allWords, alt, type DateParser } from './lexicon';
import { EXTRA_DAY_WORDS, EXTRA_RELATIVE, PAST_SLOT, prepareDateLine } from './extract/dates';

type ResultLike = ReturnType<DateParser['parse']>[number];

const PARSERS: ReadonlyMap<string, DateParser> = new Map(LEXICONS.flatMap((l) => (l.dates ? [[l.lang, l.dates] as const] : [])));
const words = (field: Parameters<typeof allWords>[0]): string => alt(allWords(field));

const MAX_LINES = 24;
const MAX_LINE_CHARS = 300;
const MAX_TIMES = 12;
const MAX_CHRONO_CHARS = 1500;
const MAX_CHUNK = 160;

/** Split a long line at sentence or clause ends into pieces of at most MAX_CHUNK characters. */
function chunks(line: string): string[] {
  if (line.length <= MAX_CHUNK) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > MAX_CHUNK && out.length < 8) {
    const window = rest.slice(0, MAX_CHUNK);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('; '));
    const cut = sentence > 40 ? sentence : window.lastIndexOf(', ');
    // Without a clause end, cut at a space, before an open bracket: a cut inside "(10:00:00 à 11:30:00)" left "0:00", or a range's end, as a time of its own.
    const open = window.lastIndexOf('(');
    const space = open > window.lastIndexOf(')') && open > 40 ? open : window.lastIndexOf(' ');
    const at = cut > 40 ? cut + 1 : space > 40 ? space + 1 : MAX_CHUNK;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (out.length < 8 && rest) out.push(rest);
  return out;
}

/** A line that can hold a date: a digit, a day name, "tomorrow". */
const DATEISH = new RegExp(`\\d|\\b(?:${alt([...allWords('dayWords'), ...EXTRA_RELATIVE])})`, 'i');
const HEADER_LINE = new RegExp(`^\\s*\\*?(?:${alt([...allWords('headerSent'), ...allWords('headerReceived'), ...allWords('headerFrom'), ...allWords('headerTo')])})\\s?\\*?:`, 'i');
/** "by Friday", "bis zum 3. März", "applied on 2 March": a deadline or a past date, not a proposal. */
const DEADLINE_BEFORE = new RegExp(`(?:${allWords('deadlineWords').map((w) => `\\b${w}`).join('|')})\\s*(?:\\w+\\s*){0,2}[,:]?\\s*$`, 'i');
/** "previous time:", "rescheduled from": the slot an email moves away from, not a proposal. */
const PREVIOUS_BEFORE = new RegExp(`(?:${allWords('previousSlotWords').map((w) => `\\b${w}`).join('|')})\\s*(?:\\w+\\s*){0,2}[,:]?\\s*$`, 'iu');
/** A line that gives the end of a slot ("End 04/02/2026 3:30 pm", "Ende: 14:45"). */
const END_LINE = new RegExp(`^\\s*\\*?(?:${words('slotEndLabels')})\\b\\s*:?\\s*(?=[\\d\\p{L}])`, 'iu');
/** Between the start and the end of a range ("10:00 - 11:00", "de 17:00 a 17:45", "14:00 t/m 15:00"). */
const RANGE_GAP = /^[\s(]*(?:-|–|—|~|to|till|until|bis|à|a|al|au|tot|t\/m|do|até|alle)?[\s(]*$/iu;
const HOUR_UNITS = allWords('hourUnits');
const TRAILING_TIME = new RegExp(
  `^[\\s,(]*(?:(?:de|from|von|van|od|dalle|das|du)\\s+)?(?:(?:${alt([...allWords('timePrepositions'), ...allWords('timeLeadIns')])}|-|–|—)\\s*)?(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(h(?![a-z])|${HOUR_UNITS.map((u) => `${u}\\b`).join('|')}|am\\b|pm\\b|a\\.m\\.|p\\.m\\.)?`,
  'i',
);

/** Reference date from receivedAt, as local wall-clock time (time-zone independent). */
function referenceDate(receivedAt: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(receivedAt ?? '');
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 9), Number(m[5] ?? 0));
  const d = new Date(receivedAt);
  if (!Number.isNaN(d.getTime())) return d;
  return new Date();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function format(y: number, mo: number, d: number, h: number, mi: number): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/** Business-hours correction: "1.00 am" or a bare "at 2" in an interview email means the afternoon. */
function businessHour(h: number, meridiem: 'am' | 'pm' | ''): number {
  if (h >= 1 && h <= 6 && meridiem !== 'pm') return h + 12;
  return h;
}

/** A date in a parsed text: numbers with a month, a month first, a day name, "tomorrow". */
const DATE_TOKEN = new RegExp(
  `\\d{1,4}[./-]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(?:${words('monthStems')})|${alt([...allWords('monthFirstDates'), ...allWords('weekdays'), ...allWords('relativeDays'), ...EXTRA_DAY_WORDS, ...EXTRA_RELATIVE])}`,
  'i',
);
const RELATIVE_DAY = new RegExp(`(?<![\\p{L}])(?:${alt([...allWords('relativeDays'), ...EXTRA_RELATIVE])})(?![\\p{L}])`, 'iu');
const DURATION_ONLY = new RegExp(`^\\s*(?:in\\s+)?\\d+\\s*(?:-|\\s)?(?:${words('durationUnits')})\\b`, 'i');
const CLOCK = new RegExp(`(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|${alt(HOUR_UNITS)}|h\\b)?(?![\\d/.-]\\d)`, 'gi');
const NOON = new RegExp(`\\b(?:${words('noon')})\\b`, 'i');
const AT_HOUR = new RegExp(`\\b(?:${words('timePrepositions')})\\s+\\d{1,2}\\b`, 'i');

/** The clock time written in a chrono match: strong when it has minutes or a unit/meridiem. */
function timeIn(text: string): { strong: boolean; meridiem: 'am' | 'pm' | ''; hour?: number; minute?: number } | null {
  if (DURATION_ONLY.test(text)) return null;
  const m = new RegExp(CLOCK.source, CLOCK.flags);
  let last: RegExpExecArray | null = null;
  // The first clock with minutes or a unit: in a range ("17:00 a 17:45") that is its start.
  for (let x = m.exec(text); x; x = m.exec(text)) {
    if (x[2] !== undefined || x[3] !== undefined) {
      last = x;
      break;
    }
  }
  if (!last) {
    if (NOON.test(text)) return { strong: true, meridiem: 'pm' };
    return AT_HOUR.test(text) ? { strong: false, meridiem: '' } : null;
  }
  const mer = (last[3] ?? '').toLowerCase();
  const meridiem = mer.startsWith('a') ? 'am' : mer.startsWith('p') ? 'pm' : '';
  let hour = Number(last[1]);
  if (meridiem === 'pm' && hour < 12) hour += 12;
  return { strong: true, meridiem, hour, minute: Number(last[2] ?? 0) };
}

export interface TimesResult {
  times: string[];
  timezone: string;
  /** The matched texts (for the UI / interviewTime). */
  texts: string[];
}

/**
 * Clock notations chrono-node does not read, written as HH:MM: "14u30", "14h30", "14u", "à 10 h",
 * "ore 15", "godz. 12", "pukul 10.00", "om 10.00". Only lower-case units ("Duration: 1H00" stays a duration).
 */
export function normalizeClocks(line: string): string {
  return line
    // A zone offset ("(UTC+01:00) Amsterdam, Berlin") is no clock time.
    .replace(/\b(UTC|GMT)\s?([+−-])\s?(\d{1,2}):(\d{2})\b/g, '$1$2$3$4')
    .replace(/\b(alle|dalle)\s+ore\s+(\d{1,2})(?![\d:]|\.\d)/giu, '$1 $2:00')
    .replace(/\b(alle|dalle)\s+ore\s+(?=\d)/giu, '$1 ')
    .replace(/(?<![\d:])(\d{1,2}:\d{2}):\d{2}(?![\d:])/gu, '$1')
    .replace(/(?<![\d:.])(\d{1,2}) ?[hu](\d{2})(?![\d\p{L}])/gu, '$1:$2')
    .replace(/(?<![\d:.])(\d{1,2}) ?[hu](?![\p{L}\d])/gu, '$1:00')
    .replace(/\b(ore|godz\.?|godzina|godzinie|pukul|om|um|alle|às|as|a las)[:\s]+(\d{1,2})[.](\d{2})(?![\d])/giu, '$1 $2:$3')
    .replace(/\b(ore|godz\.?|godzina|godzinie|pukul)[:\s]+(\d{1,2})(?![\d:]|\.\d)/giu, '$1 $2:00');
}

/** A calendar card writes one part per line ("Thursday" / "12" / "March 2026" / "2:00 PM"): read such a run as one line. */
function joinCards(lines: string[]): string[] {
  const out: string[] = [];
  const short = (l: string): boolean => l.trim() !== '' && l.trim().length <= 24;
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && j - i < 6 && short(lines[j] ?? '')) j++;
    const run = lines.slice(i, j).map((l) => l.trim());
    const joined = run.join(' ');
    const whole = (l: string): boolean => DATE_TOKEN.test(l) && /\d{1,2}:\d{2}/.test(l);
    if (run.length >= 3 && !run.some(whole) && DATE_TOKEN.test(joined) && /\d{1,2}:\d{2}/.test(joined) && run.some((l) => /^\d{1,2}$/.test(l) || DATE_TOKEN.test(l))) {
      out.push(joined);
      i = j - 1;
    } else out.push(lines[i] ?? '');
  }
  return out;
}

export function extractTimes(fresh: string, receivedAt: string, lang: string): TimesResult {
  const ref = referenceDate(receivedAt);
  const refKey = format(ref.getFullYear(), ref.getMonth() + 1, ref.getDate(), ref.getHours(), ref.getMinutes());
  // Chrono is the expensive step: feed it short chunks of the lines that can hold a date,
  // within a fixed character budget.
  const candidates: string[] = [];
  /** Text just before each candidate chunk (for "by …" deadlines split from their date). */
  const contexts: string[] = [];
  let budget = MAX_CHRONO_CHARS;
  const seenChunks = new Set<string>(); // repeated lines are parsed once
  for (const raw of joinCards(fresh.split('\n', 400)).map((l) => prepareDateLine(normalizeClocks(l), lang, ref))) {
    if (candidates.length >= MAX_LINES || budget <= 0) break;
    if (!DATEISH.test(raw) || HEADER_LINE.test(raw) || END_LINE.test(raw)) continue;
    let prev = '';
    for (const chunk of chunks(raw.slice(0, MAX_LINE_CHARS))) {
      if (DATEISH.test(chunk) && !seenChunks.has(chunk)) {
        seenChunks.add(chunk);
        candidates.push(chunk);
        contexts.push(prev.slice(-30));
        budget -= chunk.length;
      }
      prev = chunk;
      if (candidates.length >= MAX_LINES || budget <= 0) break;
    }
  }
  const parsers: DateParser[] = [];
  const main = PARSERS.get(lang);
  if (main) parsers.push(main);
  if (lang !== 'en' && EN.dates) parsers.push(EN.dates);

  const out: string[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  const past = new Set<string>();
  let carried: { y: number; mo: number; d: number } | null = null;
  for (let li = 0; li < candidates.length; li++) {
    const line = candidates[li] ?? '';
    const context = contexts[li] ?? '';
    let results: ResultLike[] = [];
    // The email's own language first; English as a fallback only when it finds a full date and time.
    for (const p of parsers) {
      const rs = p.parse(line, ref, { forwardDate: true });
      const complete = rs.some((r) => r.start.isCertain('hour') && DATE_TOKEN.test(r.text) && (r.start.isCertain('day') || r.start.isCertain('weekday') || RELATIVE_DAY.test(r.text)));
      if (complete) {
        results = rs;
        break;
      }
      if (results.length === 0) results = rs;
    }
    // A full date and time the detected language's parser missed ("środa 18 marca 2026 11:00" taken for Portuguese): the others try.
    if (!results.some((r) => r.start.isCertain('hour') && r.start.isCertain('day')) && /\d{4}/.test(line) && /\d{1,2}:\d{2}/.test(line) && !/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/.test(line) && /\d\s+\p{L}{3,}\s+\d{4}/u.test(line)) {
      for (const [l, p] of PARSERS) {
        if (l === lang || l === 'en') continue;
        const rs = p.parse(line, ref, { forwardDate: true });
        if (rs.some((r) => r.start.isCertain('hour') && r.start.isCertain('day'))) { results = rs; break; }
      }
    }
    let lastDate: { y: number; mo: number; d: number } | null = carried;
    let lineDateOnly: { y: number; mo: number; d: number } | null = null;
    // The previous result on this line (its end and its start time): a range's end is no proposal.
    let prev: { end: number; day: string; minutes: number } | null = null;
    for (const r of results) {
      const before = (context + line.slice(0, r.index)).slice(-30);
      const gap = prev && r.index - prev.end <= 8 && RANGE_GAP.test(line.slice(prev.end, r.index)) ? prev : null;
      prev = null;
      const s = r.start;
      const hasDay = DATE_TOKEN.test(r.text) && (s.isCertain('day') || s.isCertain('weekday') || RELATIVE_DAY.test(r.text));
      let y = s.get('year') ?? ref.getFullYear();
      let mo = s.get('month') ?? ref.getMonth() + 1;
      let d = s.get('day') ?? ref.getDate();
      let h: number | null = null;
      let mi = 0;
      let meridiem: 'am' | 'pm' | '' = '';
      let trailing = 0;
      const tm = timeIn(r.text);
      if (s.isCertain('hour') && tm) {
        h = s.get('hour');
        mi = s.get('minute') ?? 0;
        meridiem = tm.meridiem;
        if (!tm.strong && (h ?? 0) > 12) h = null;
      } else if (tm?.hour !== undefined) {
        // A range like "4 June – 10:00" where chrono put the clock time in the end part.
        h = tm.hour;
        mi = tm.minute ?? 0;
        meridiem = tm.meridiem;
      }
      if (h === null) {
        const tail = line.slice(r.index + r.text.length, r.index + r.text.length + 24);
        const t = TRAILING_TIME.exec(tail);
        if (t && (t[2] !== undefined || t[3] !== undefined)) {
          trailing = t[0].length;
          h = Number(t[1]);
          mi = Number(t[2] ?? 0);
          const mer = (t[3] ?? '').toLowerCase();
          if (mer.startsWith('p') && h < 12) h += 12;
          meridiem = mer.startsWith('a') ? 'am' : mer.startsWith('p') ? 'pm' : '';
        }
      }
      if (hasDay) {
        lastDate = { y, mo, d };
        if (h === null) lineDateOnly = lastDate;
      } else if (lastDate && h !== null) ({ y, mo, d } = lastDate);
      else continue;
      // "Dauer: 0H30", "Duration: 1H00": a calendar card's duration, not a clock time.
      if (h === null || h > 23 || mi > 59 || /\d\s?H\d{2}\b/.test(r.text)) continue;
      if (meridiem !== 'pm') h = businessHour(h, meridiem);
      const key = format(y, mo, d, h, mi);
      prev = { end: r.index + r.text.length + trailing, day: key.slice(0, 10), minutes: h * 60 + mi };
      // "10:00 - 11:00", "de 17:00 a 17:45": the same day, a little later, right after the start.
      if (gap && gap.day === prev.day && prev.minutes > gap.minutes && prev.minutes - gap.minutes <= 240) continue;
      if (DEADLINE_BEFORE.test(before) || PREVIOUS_BEFORE.test(before)) continue;
      if (key.slice(0, 10) < refKey.slice(0, 10)) continue; // in the past: not a proposal
      if (seen.has(key)) continue;
      seen.add(key);
      if (PAST_SLOT.test(line)) past.add(key);
      out.push(key);
      texts.push(r.text.trim());
      if (out.length >= MAX_TIMES) break;
    }
    // "Date: Tuesday, February 17" then "Time: 9:30 am": the date carries to the next line only.
    carried = lineDateOnly;
    if (out.length >= MAX_TIMES) break;
  }
  // The slot being moved away from goes when another is proposed.
  if (past.size && out.some((k) => !past.has(k))) for (let i = out.length - 1; i >= 0; i--) if (past.has(out[i] ?? '')) { out.splice(i, 1); texts.splice(i, 1); }
  // The zone as written: an offset normalizeClocks wrote "UTC+0100" gets its colon back.
  return { times: out, timezone: findTimezone(candidates.join('\n') || fresh).replace(/^(UTC|GMT)([+-])(\d{2})(\d{2})$/, '$1$2$3:$4'), texts };
}

const TZ_RES: RegExp[] = [
  /\b(?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic)\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?\b/,
  /\b(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b/,
  /\b(?:Eastern|Pacific|Central|Mountain|British|Central European|Western European|Eastern European)(?: (?:Standard|Daylight|Summer))? Time\b/i,
  /\b(?:CEST|CET|MESZ|MEZ|BST|WEST|WET|EEST|EET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|AEST|AEDT|SGT|JST|BRT|BRST|IST|UTC|GMT)\b/,
  /\b(?:ET|PT|CT)\b/,
  new RegExp(`\\b(?:${words('zoneNames')})\\b`, 'i'),
];

export function findTimezone(text: string): string {
  let best: { idx: number; s: string } | null = null;
  for (const r of TZ_RES) {
    const m = r.exec(text);
    if (m && (best === null || m.index < best.idx)) best = { idx: m.index, s: m[0] };
  }
  return best ? best.s.replace('−', '-') : '';
}
