// Rewrites of a date line before chrono-node reads it, for notations it misreads: a range's end
// ("17:00 a 17:45" is one slot), a numeric date whose order the email does not say ("10/03/2026"),
// a German "17 März" without its dot, a label glued to its value ("Date & TimeJun 09"). And the
// words that date a slot being moved away from. Pure, part of the reading core.

/** Month and weekday names and "tomorrow" the lexicons may lack (Italian, Polish, …): a line with one names a day. */
export const EXTRA_DAY_WORDS = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
];
export const EXTRA_RELATIVE = ['domani', 'dopodomani', 'jutro', 'pojutrze', 'amanhã', 'mañana', 'demain', 'morgen', 'overmorgen', 'übermorgen'];

/** A calendar's bracketed range, "(de 17:00 a 17:45)", "(13:30:00do 14:15:00)": the start alone (the end is no second
 *  slot). Unbracketed ranges are left to the parser, which reads "de <date> à <date>" as a move from one slot to another. */
const RANGE = /\((?:(?:de|from|von|van|od|dalle|das|du)\s+)?(\d{1,2}:\d{2})(?::\d{2})?\s*(?:-|–|—|~|to|till|until|bis|à|a|al|alle|au|tot|t\/m|do|até)\s*\d{1,2}:\d{2}(?::\d{2})?\)/giu;

const GERMAN_MONTH = /(?<![\d.])(\d{1,2})\s+(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/gu;
const GLUED_LABEL = /\b(Date & Time|Date and Time|Date|Time|When)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+\d|\d)/g;
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-]*\d)/g;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "10/03/2026" where both numbers can be the month: the reading nearest after the email's arrival
 * (an invitation proposes days to come, not months ahead), written ISO so no parser guesses.
 */
function numericDates(line: string, ref: Date): string {
  return line.replace(NUMERIC, (all, a: string, _sep: string, b: string, y: string) => {
    const x = Number(a);
    const z = Number(b);
    if (x > 12 || z > 12 || x === z || x < 1 || z < 1) return all;
    const day0 = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate()).getTime();
    const dist = (mo: number, d: number): number => {
      const t = new Date(Number(y), mo - 1, d).getTime() - day0;
      return t < 0 ? Number.POSITIVE_INFINITY : t;
    };
    const dayFirst = dist(z, x);
    const monthFirst = dist(x, z);
    if (dayFirst === monthFirst) return all;
    return dayFirst < monthFirst ? `${y}-${pad(z)}-${pad(x)}` : `${y}-${pad(x)}-${pad(z)}`;
  });
}

/** An iCalendar start ("DTSTART;TZID=Europe/Berlin:20260317T100000"); its end, stamp and edit times are no slots. */
const ICS_START = /^\s*DTSTART(?:;(?:TZID=([\w/+-]+)|[^:\n]*))?:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}Z?\s*$/;
const ICS_OTHER = /^\s*(?:DTEND|DTSTAMP|CREATED|LAST-MODIFIED|DUE|RECURRENCE-ID|EXDATE|RDATE)(?:;[^:\n]*)?:\d{8}/;

export function prepareDateLine(line: string, lang: string, ref: Date): string {
  if (ICS_OTHER.test(line)) return '';
  const ics = ICS_START.exec(line);
  if (ics) return `${ics[2]}-${ics[3]}-${ics[4]} ${ics[5]}:${ics[6]}${ics[1] ? ` (${ics[1]})` : ''}`;
  let l = line.replace(RANGE, '($1)').replace(GLUED_LABEL, '$1: ');
  if (lang === 'de') l = l.replace(GERMAN_MONTH, '$1. $2');
  // Other languages write the day first, and their parsers read it so.
  return lang === 'en' ? numericDates(l, ref) : l;
}

/**
 * A sentence about the slot being moved away from: "the Wednesday 2pm interview we had scheduled … must be
 * rescheduled", "ursprünglich geplant", "initialement prévu". Its time is kept only when no other is proposed.
 */
export const PAST_SLOT = /\b(?:had scheduled|was scheduled|were scheduled|originally|previously|must be rescheduled|needs? to be rescheduled|has to be rescheduled|can no longer|ursprünglich|bisherige[nr]?|initialement|précédemment|originalmente|previamente|inizialmente|precedentemente|oorspronkelijk|eerder gepland|pierwotnie|wcześniej zaplanowan\w*|inicialmente)\b/iu;
