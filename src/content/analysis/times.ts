// Proposed interview times: chrono-node over the lines that can hold a date, resolved
// against the email's arrival, written as local "YYYY-MM-DDTHH:MM" as the email states them.
import * as chronoEn from 'chrono-node/en';
import * as chronoDe from 'chrono-node/de';
import * as chronoFr from 'chrono-node/fr';
import * as chronoEs from 'chrono-node/es';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';

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
};

const MAX_LINES = 40;
const MAX_LINE_CHARS = 300;
const MAX_TIMES = 12;

const DATEISH = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|montag|dienstag|mittwoch|donnerstag|freitag|morgen|lundi|mardi|mercredi|jeudi|vendredi|demain|lunes|martes|miércoles|jueves|viernes|mañana|maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|segunda|terça|quarta|quinta|sexta|amanhã)/i;
const HEADER_LINE = /^\s*\*?(?:sent|date|datum|gesendet|envoyé|enviado|verzonden|received|from|von|de|van|to|an|à|para|aan)\s?\*?:/i;
const DEADLINE_BEFORE = /(?:\bby|\bbefore|\buntil|\bno later than|\bdeadline|\bdue|\bexpires?|\bbis(?: zum| spätestens)?|\bspätestens|\bavant(?: le)?|\bjusqu'au|\bantes de(?:l)?|\bhasta(?: el)?|\buiterlijk|\bvóór|\baté|\bprazo|\bapplied|\bsubmitted|\breceived|\bposted|\bsince|\bfrist|\bbewerbung vom|\bdéposée le|\bsent)\s*(?:\w+\s*){0,2}[,:]?\s*$/i;
const TRAILING_TIME = /^\s*(?:,|\bat|\bum|\bà|\ba las|\bàs|\bas|\bom|\bvers|\bgegen|\bpelas)?\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(h\b|uhr\b|uur\b|horas\b|am\b|pm\b|a\.m\.|p\.m\.)?/i;

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

/** Business-hours correction: "1.00 am" in an interview email means 1 pm. */
function businessHour(h: number, meridiem: number | null, explicitAm: boolean): number {
  if (h >= 1 && h <= 6 && (meridiem === null || meridiem === 0 || explicitAm)) return h + 12;
  return h;
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
  const candidates: string[] = [];
  for (const raw of fresh.split('\n')) {
    if (candidates.length >= MAX_LINES) break;
    const line = raw.slice(0, MAX_LINE_CHARS);
    if (!DATEISH.test(line) || HEADER_LINE.test(line)) continue;
    candidates.push(line);
  }
  const parsers: ParserLike[] = [];
  const main = PARSERS[lang];
  if (main) parsers.push(main);
  if (lang !== 'en') parsers.push(PARSERS.en as ParserLike);

  const out: string[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const line of candidates) {
    let results: ResultLike[] = [];
    for (const p of parsers) {
      const rs = p.parse(line, ref, { forwardDate: true });
      if (rs.length > results.length || (results.length === 0 && rs.length > 0)) results = rs;
      else if (rs.some((r) => r.start.isCertain('hour')) && !results.some((r) => r.start.isCertain('hour'))) results = rs;
    }
    let lastDate: { y: number; mo: number; d: number } | null = null;
    for (const r of results) {
      const before = line.slice(Math.max(0, r.index - 30), r.index);
      if (DEADLINE_BEFORE.test(before)) continue;
      const s = r.start;
      const hasDay = s.isCertain('day') || s.isCertain('weekday') || /\b(?:tomorrow|today|morgen|demain|mañana|amanhã|heute|aujourd'hui|hoy|hoje|vandaag)\b/i.test(r.text);
      let y = s.get('year') ?? ref.getFullYear();
      let mo = s.get('month') ?? ref.getMonth() + 1;
      let d = s.get('day') ?? ref.getDate();
      let h: number | null = s.isCertain('hour') ? s.get('hour') : null;
      let mi = s.get('minute') ?? 0;
      let explicitAm = /\b(?:am|a\.m\.)\b/i.test(r.text) && (s.get('meridiem') === 0);
      if (h === null) {
        const tail = line.slice(r.index + r.text.length, r.index + r.text.length + 24);
        const t = TRAILING_TIME.exec(tail);
        if (t && (t[2] !== undefined || t[3] !== undefined)) {
          h = Number(t[1]);
          mi = Number(t[2] ?? 0);
          const mer = (t[3] ?? '').toLowerCase();
          if (mer.startsWith('p') && h < 12) h += 12;
          explicitAm = mer.startsWith('a');
        }
      }
      if (hasDay) lastDate = { y, mo, d };
      else if (lastDate && h !== null) ({ y, mo, d } = lastDate);
      else continue;
      if (h === null || h > 23 || mi > 59) continue;
      h = businessHour(h, s.isCertain('meridiem') || explicitAm ? (explicitAm ? 0 : s.get('meridiem')) : null, explicitAm);
      if (h > 23) continue;
      const key = format(y, mo, d, h, mi);
      if (key < refKey.slice(0, 10)) continue; // in the past: not a proposal
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(key);
      texts.push(r.text.trim());
      if (out.length >= MAX_TIMES) break;
    }
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
