// Proposed interview times: chrono-node over the lines that can hold a date, resolved
// against the email's arrival, written as local "YYYY-MM-DDTHH:MM" as the email states them.
import * as chronoEn from 'chrono-node/en';
import * as chronoDe from 'chrono-node/de';
import * as chronoFr from 'chrono-node/fr';
import * as chronoEs from 'chrono-node/es';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';
import * as chronoIt from 'chrono-node/it';

interface ParsedComponentsLike {
  get(c: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'meridiem'): number | null;
  isCertain(c: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'weekday' | 'meridiem'): boolean;
}
interface ResultLike {
  index: number;
  text: string;
  start: ParsedComponentsLike;
}
interface ParserLike {
  parse(text: string, ref?: Date, opt?: { forwardDate?: boolean }): ResultLike[];
}

const PARSERS: Record<string, ParserLike> = {
  en: chronoEn as unknown as ParserLike,
  de: chronoDe as unknown as ParserLike,
  fr: chronoFr as unknown as ParserLike,
  es: chronoEs as unknown as ParserLike,
  nl: chronoNl as unknown as ParserLike,
  pt: chronoPt as unknown as ParserLike,
  it: chronoIt as unknown as ParserLike,
};

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
    const at = cut > 40 ? cut + 1 : MAX_CHUNK;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (out.length < 8 && rest) out.push(rest);
  return out;
}

const DATEISH = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|montag|dienstag|mittwoch|donnerstag|freitag|morgen|lundi|mardi|mercredi|jeudi|vendredi|demain|lunes|martes|miércoles|jueves|viernes|mañana|maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|segunda|terça|quarta|quinta|sexta|amanhã)/i;
const HEADER_LINE = /^\s*\*?(?:sent|gesendet|envoyé|enviado|verzonden|received|from|von|de|van|to|an|à|para|aan|cc)\s?\*?:/i;
const DEADLINE_BEFORE = /(?:\bby|\bbefore|\buntil|\bno later than|\bdeadline|\bdue|\bexpires?|\bbis(?: zum| spätestens)?|\bspätestens|\bavant(?: le)?|\bjusqu'au|\bantes de(?:l)?|\bhasta(?: el)?|\buiterlijk|\bvóór|\baté|\bprazo|\bapplied|\bsubmitted|\breceived|\bposted|\bsince|\bfrist|\bbewerbung vom|\bdéposée le|\bsent)\s*(?:\w+\s*){0,2}[,:]?\s*$/i;
const TRAILING_TIME = /^[\s,]*(?:(?:at|um|à|a las|às|as|om|vers|gegen|pelas|alle|-|–|—)\s*)?(\d{1,2})(?:[:.h](\d{2}))?\s*(h(?![a-z])|uhr\b|uur\b|horas\b|am\b|pm\b|a\.m\.|p\.m\.)?/i;

/** Reference date from receivedAt, as local wall-clock time (time-zone independent). */
export function referenceDate(receivedAt: string): Date {
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

const DATE_TOKEN = /\d{1,4}[./-]\d{1,2}|\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:jan|feb|f[eé]v|m[aä]r|apr|avr|abr|ma[iy]|mei|jun|juin|jul|juil|aug|ao[uû]|ago|sep|set|o[ck]t|out|nov|de[czs]|d[eé]c|dic|ene|gen|mrt)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|mon|tue|wed|thu|fri|sat|sun|tomorrow|today|tonight|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|segunda|terça|quarta|quinta|sexta|sábado|amanhã|hoje/i;
const RELATIVE_DAY = /\b(?:tomorrow|today|tonight|morgen|heute|demain|aujourd'hui|mañana|hoy|amanhã|hoje|vandaag)\b/i;
const DURATION_ONLY = /^\s*(?:in\s+)?\d+\s*(?:-|\s)?(?:min|minute|minutes|mins|hour|hours|hrs|h|minuten|stunden|uur|horas|minutos|heures)\b/i;

/** The clock time written in a chrono match: strong when it has minutes or a unit/meridiem. */
function timeIn(text: string): { strong: boolean; meridiem: 'am' | 'pm' | ''; hour?: number; minute?: number } | null {
  if (DURATION_ONLY.test(text)) return null;
  const m = /(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|uhr|uur|horas|h\b|heures)?(?![\d/.-]\d)/gi;
  let last: RegExpExecArray | null = null;
  for (let x = m.exec(text); x; x = m.exec(text)) {
    if (x[2] !== undefined || x[3] !== undefined) last = x;
  }
  if (!last) {
    if (/\b(?:noon|midday|mittag|midi|mediodía|meio-dia)\b/i.test(text)) return { strong: true, meridiem: 'pm' };
    return /\b(?:at|um|à|a las|às|om)\s+\d{1,2}\b/i.test(text) ? { strong: false, meridiem: '' } : null;
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
  for (const raw of fresh.split('\n', 400)) {
    if (candidates.length >= MAX_LINES || budget <= 0) break;
    if (!DATEISH.test(raw) || HEADER_LINE.test(raw)) continue;
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
  const parsers: ParserLike[] = [];
  const main = PARSERS[lang];
  if (main) parsers.push(main);
  if (lang !== 'en') parsers.push(PARSERS.en as ParserLike);

  const out: string[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
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
    let lastDate: { y: number; mo: number; d: number } | null = carried;
    let lineDateOnly: { y: number; mo: number; d: number } | null = null;
    for (const r of results) {
      const before = (context + line.slice(0, r.index)).slice(-30);
      if (DEADLINE_BEFORE.test(before)) continue;
      const s = r.start;
      const hasDay = DATE_TOKEN.test(r.text) && (s.isCertain('day') || s.isCertain('weekday') || RELATIVE_DAY.test(r.text));
      let y = s.get('year') ?? ref.getFullYear();
      let mo = s.get('month') ?? ref.getMonth() + 1;
      let d = s.get('day') ?? ref.getDate();
      let h: number | null = null;
      let mi = 0;
      let meridiem: 'am' | 'pm' | '' = '';
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
      if (h === null || h > 23 || mi > 59) continue;
      if (meridiem !== 'pm') h = businessHour(h, meridiem);
      const key = format(y, mo, d, h, mi);
      if (key.slice(0, 10) < refKey.slice(0, 10)) continue; // in the past: not a proposal
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(key);
      texts.push(r.text.trim());
      if (out.length >= MAX_TIMES) break;
    }
    // "Date: Tuesday, February 17" then "Time: 9:30 am": the date carries to the next line only.
    carried = lineDateOnly;
    if (out.length >= MAX_TIMES) break;
  }
  return { times: out, timezone: findTimezone(candidates.join('\n') || fresh), texts };
}

const TZ_RES: RegExp[] = [
  /\b(?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic)\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?\b/,
  /\b(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b/,
  /\b(?:Eastern|Pacific|Central|Mountain|British|Central European|Western European|Eastern European)(?: (?:Standard|Daylight|Summer))? Time\b/i,
  /\b(?:CEST|CET|MESZ|MEZ|BST|WEST|WET|EEST|EET|EDT|EST|CDT|CST|MDT|MST|PDT|PST|AEST|AEDT|SGT|JST|BRT|BRST|IST|UTC|GMT)\b/,
  /\b(?:ET|PT|CT)\b/,
  /\b(?:heure de Paris|heure française|hora de Madrid|hora peninsular|horário de Brasília|hora de Lisboa|Nederlandse tijd|deutscher Zeit|London time|UK time|Berlin time|Paris time|Amsterdam time|New York time)\b/i,
];

export function findTimezone(text: string): string {
  let best: { idx: number; s: string } | null = null;
  for (const r of TZ_RES) {
    const m = r.exec(text);
    if (m && (best === null || m.index < best.idx)) best = { idx: m.index, s: m[0] };
  }
  return best ? best.s.replace('−', '-') : '';
}
