// Writing a proposed time in the recruiter's time zone, with the candidate's own noted when
// the two differ. Pure: the zones are what the invitation wrote ("CET", "UTC+2",
// "Europe/Berlin") and what the browser says the candidate's is.

import { formatDay, formatDayTime, ownTimeNote } from './dates';

// Abbreviations recruiting mail actually uses, as minutes east of UTC. Ambiguous ones
// (IST, CST) take their most common meaning in English-language hiring mail.
const ABBREVIATIONS: Record<string, number> = {
  UTC: 0, GMT: 0, WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, MEZ: 60, MESZ: 120,
  EET: 120, EEST: 180, MSK: 180, IST: 330, SGT: 480, HKT: 480, JST: 540, KST: 540,
  AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  ET: -300, CT: -360, MT: -420, PT: -480, BRT: -180, ART: -180,
};

/** Offset of `zone` at instant `at`, in minutes east of UTC; null when unknown. */
export function zoneOffsetMinutes(zone: string, at: Date): number | null {
  const z = zone.trim();
  if (!z) return null;
  const upper = z.toUpperCase();
  if (upper in ABBREVIATIONS) return ABBREVIATIONS[upper]!;
  const m = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!name) return null;
    if (name === 'GMT') return 0;
    const o = /^GMT([+-])(\d{2}):?(\d{2})?$/.exec(name);
    return o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0)) : null;
  } catch {
    return null; // not a zone Intl knows
  }
}

function wallClock(at: Date, offsetMinutes: number): Date {
  // A Date whose UTC fields show the wall clock at that offset.
  return new Date(at.getTime() + offsetMinutes * 60_000);
}

/**
 * One proposed slot as the recruiter should read it: in their zone when the invitation
 * named one, with the candidate's own time beside it when the two differ, written as the
 * reply's language writes times. "Tuesday 3 March, 15:00 CET (14:00 my time)",
 * "Dienstag, 3. März, 15:00 Uhr MEZ (bei mir 14:00 Uhr)".
 */
export function formatSlotForRecipient(at: Date, recipientZone: string, candidateZone: string, language = 'en'): string {
  const mine = zoneOffsetMinutes(candidateZone, at) ?? -at.getTimezoneOffset();
  const theirs = zoneOffsetMinutes(recipientZone, at);
  const shown = wallClock(at, theirs ?? mine);
  if (theirs === null) return formatDayTime(shown, language, '', true);
  const head = formatDayTime(shown, language, recipientZone.trim(), true);
  if (theirs === mine) return head;
  const own = wallClock(at, mine);
  const sameDay = formatDay(own, language) === formatDay(shown, language);
  return `${head} (${ownTimeNote(own, language, !sameDay)})`;
}
