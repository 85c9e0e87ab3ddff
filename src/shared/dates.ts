// Dates and times as each reply language writes them in a letter: "Dienstag, 12. Mai, 14:00 Uhr",
// "mardi 12 mai à 10 h", "martes 12 de mayo a las 10:00", "Tuesday 12 May at 10:00".
// Pure: the day comes from Intl, the clock and the joining words from here.

const LOCALE: Record<string, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', nl: 'nl-NL', pt: 'pt-PT' };

function base(language: string): string {
  const b = String(language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return b in LOCALE ? b : 'en';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 14:00 → "14:00 Uhr" (de), "14 h" (fr), "14.00 uur" (nl), "14h" (pt), "14:00" elsewhere. */
export function formatClock(hour: number, minute: number, language: string): string {
  const h = String(hour);
  const m = pad(minute);
  switch (base(language)) {
    case 'de': return `${h}:${m} Uhr`;
    case 'fr': return minute === 0 ? `${h} h` : `${h} h ${m}`;
    case 'nl': return `${h}.${m} uur`;
    case 'pt': return minute === 0 ? `${h}h` : `${h}h${m}`;
    case 'en': return `${pad(hour)}:${m}`;
    default: return `${h}:${m}`;
  }
}

/** The clock with the word that introduces it in a sentence: "à 10 h", "a las 10:00", "a la 1:00". */
function atClock(hour: number, minute: number, language: string): string {
  const clock = formatClock(hour, minute, language);
  switch (base(language)) {
    case 'de': return clock;
    case 'fr': return `à ${clock}`;
    case 'es': return hour === 1 ? `a la ${clock}` : `a las ${clock}`;
    case 'it': return hour === 1 ? `all’${clock}` : `alle ${clock}`;
    case 'nl': return `om ${clock}`;
    case 'pt': return hour === 1 ? `à ${clock}` : `às ${clock}`;
    default: return `at ${clock}`;
  }
}

/** A calendar day in the language: "Dienstag, 12. Mai", "mardi 12 mai", "martes 12 de mayo". `d`'s UTC fields are read. */
export function formatDay(d: Date, language: string): string {
  const lang = base(language);
  const text = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
  // Spanish writes "martes 12 de mayo" in running text; Intl adds a comma after the weekday.
  return lang === 'es' ? text.replace(/^(\p{L}+),\s*/u, '$1 ') : text;
}

/**
 * Day and time joined as a letter writes them; `zone` ("MEZ", "CET") follows the clock.
 * `list`: English items in a list of times read "Tuesday 3 March, 14:00" rather than "… at 14:00".
 */
export function formatDayTime(d: Date, language: string, zone = '', list = false): string {
  const lang = base(language);
  const day = formatDay(d, lang);
  const at = lang === 'en' && list ? formatClock(d.getUTCHours(), d.getUTCMinutes(), lang) : atClock(d.getUTCHours(), d.getUTCMinutes(), lang);
  const tail = zone ? ` ${zone}` : '';
  if (lang === 'de' || lang === 'pt' || (lang === 'en' && list)) return `${day}, ${at}${tail}`;
  return `${day} ${at}${tail}`;
}

/** "2026-05-12T10:00" (local wall clock, as the analysis gives it) → the sentence form; anything else as given. */
export function formatLocalDateTime(local: string, language: string, zone = ''): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return [local, zone].filter(Boolean).join(' ');
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  try {
    return formatDayTime(d, language, zone);
  } catch {
    return [`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`, zone].filter(Boolean).join(' ');
  }
}

const OWN_TIME: Record<string, (t: string) => string> = {
  en: (t) => `${t} my time`,
  de: (t) => `bei mir ${t}`,
  fr: (t) => `${t} chez moi`,
  es: (t) => `${t} en mi zona horaria`,
  it: (t) => `${t} nel mio fuso orario`,
  nl: (t) => `${t} bij mij`,
  pt: (t) => `${t} no meu fuso horário`,
};

/** The candidate's own time beside the recipient's: "bei mir 13:00 Uhr", "13:00 my time". */
export function ownTimeNote(d: Date, language: string, withDay: boolean): string {
  const lang = base(language);
  const clock = formatClock(d.getUTCHours(), d.getUTCMinutes(), lang);
  const text = withDay ? `${formatDay(d, lang)}, ${clock}` : clock;
  return (OWN_TIME[lang] ?? OWN_TIME.en!)(text);
}
