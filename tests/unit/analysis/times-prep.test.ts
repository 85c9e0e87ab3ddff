import { describe, expect, test } from 'vitest';
import { extractTimes } from '../../../src/analysis/times';
import { prepareDateLine } from '../../../src/analysis/extract/dates';

// Date notations chrono-node misreads, on invented lines (src/analysis/extract/dates.ts).
const times = (text: string, lang = 'en', at = '2026-03-02T09:00:00Z'): string[] => extractTimes(text, at, lang).times;

describe('date lines before the parser', () => {
  test('a bracketed calendar range is one slot', () => {
    expect(times('Ahora está programada para el 18/03/2026 (de 17:00:00 a 17:45:00) (Europe/Madrid).', 'es')).toEqual(['2026-03-18T17:00']);
    expect(times('zaplanowane na 15.04.2026 o (13:30:00do 14:15:00) (Europe/Warsaw).', 'pl')).toEqual(['2026-04-15T13:30']);
  });
  test('an English numeric date whose order is unsaid takes the reading nearest after arrival', () => {
    expect(times('Date: 12-03-2026\nTime: 10:30 AM', 'en', '2026-03-06T08:00:00Z')).toEqual(['2026-03-12T10:30']);
    expect(times('Date: 03/12/2026\nTime: 10:30 AM', 'en', '2026-03-06T08:00:00Z')).toEqual(['2026-03-12T10:30']);
    // Other languages write the day first: left to their parser.
    expect(prepareDateLine('am 03.04.2026 um 10:00', 'de', new Date(2026, 2, 1))).toBe('am 03.04.2026 um 10:00');
  });
  test('a German "17 März" without its dot, a calendar card, Italian and Polish month names', () => {
    expect(times('Dienstag\n17\nMärz 2026\n10:00\n(Europe/Berlin)', 'de')).toEqual(['2026-03-17T10:00']);
    expect(times('martedì\n9\ngiugno 2026\n08:30\n(Europe/Rome)', 'it')).toEqual(['2026-06-09T08:30']);
    // Taken for Portuguese: the Polish parser still reads the full date.
    expect(times('środa\n18\nmarca 2026\n11:00\n(Europe/Warsaw)', 'pt')).toEqual(['2026-03-18T11:00']);
  });
  test('"domani", a label glued to its date, an iCalendar start', () => {
    expect(times('il colloquio è fissato per domani alle 09:00.', 'it')).toEqual(['2026-03-03T09:00']);
    expect(times('Date & TimeMar 09, 2026 8:00 AM')).toEqual(['2026-03-09T08:00']);
    const ics = extractTimes('DTSTAMP:20260301T090000Z\nDTSTART;TZID=Europe/Berlin:20260317T100000\nDTEND;TZID=Europe/Berlin:20260317T110000', '2026-03-02T09:00:00Z', 'de');
    expect(ics.times).toEqual(['2026-03-17T10:00']);
    expect(ics.timezone).toBe('Europe/Berlin');
  });
  test('the slot a reschedule moves away from goes when another is proposed, and stays when it is the only one', () => {
    expect(times('The Wednesday 4 March, 2pm interview we had scheduled must be rescheduled.\n\nCould we meet on Friday 6 March at 11am instead?')).toEqual(['2026-03-06T11:00']);
    expect(times('Your interview was scheduled for Friday 6 March at 11am.')).toEqual(['2026-03-06T11:00']);
  });
});
