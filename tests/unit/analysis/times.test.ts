import { describe, expect, test } from 'vitest';
import { extractTimes, findTimezone } from '../../../src/analysis/index';

const MON = '2026-03-02T09:00:00Z'; // a Monday

describe('time resolution (fixed receivedAt)', () => {
  test.each([
    ['Would Tuesday at 2pm work for you?', 'en', ['2026-03-03T14:00']],
    ['March 4, 10:00–10:30 CET', 'en', ['2026-03-04T10:00']],
    ['Would any of these work: Tue 10:00, Wed 14:00, Thu 9:30?', 'en', ['2026-03-03T10:00', '2026-03-04T14:00', '2026-03-05T09:30']],
    ['does thursday at 1.00 pm work?', 'en', ['2026-03-05T13:00']],
    ['Thursday at 1.00 am (sorry, typo)', 'en', ['2026-03-05T13:00']],
    ['Nous vous proposons un entretien le 12 mars à 14h.', 'fr', ['2026-03-12T14:00']],
    ['Wir laden Sie am 12. März um 14 Uhr ein.', 'de', ['2026-03-12T14:00']],
    ['Termin: Dienstag, 10.03.2026 um 09:00 Uhr', 'de', ['2026-03-10T09:00']],
    ['el martes 10 de marzo a las 11:00', 'es', ['2026-03-10T11:00']],
    ['op dinsdag 10 maart om 14.00 uur', 'nl', ['2026-03-10T14:00']],
    ['na quinta-feira, 5 de março, às 15h', 'pt', ['2026-03-05T15:00']],
    ['Date: Tuesday, March 17\nTime: 9:30 am – 2:00 pm EST', 'en', ['2026-03-17T09:30']],
  ])('%s', (text, lang, want) => {
    expect(extractTimes(text, MON, lang).times).toEqual(want);
  });

  test('deadlines, durations, past dates and bare numbers are not proposals', () => {
    expect(extractTimes('Please complete the recorded interview by Friday, March 13 at 23:59 CET.', MON, 'en').times).toEqual([]);
    expect(extractTimes('It is a 30 min phone screen, 60 minute case study.', MON, 'en').times).toEqual([]);
    expect(extractTimes('You applied on Friday, February 27 at 10:00.', MON, 'en').times).toEqual([]);
    expect(extractTimes('tomorrow at 10:00 at our office at 22 Bishopsgate', MON, 'en').times).toEqual(['2026-03-03T10:00']);
  });

  test('duplicates are removed', () => {
    expect(extractTimes('Tuesday 3 March at 10:00.\nAgain: Tuesday 3 March at 10:00.', MON, 'en').times).toEqual(['2026-03-03T10:00']);
  });

  test('time zone as written', () => {
    expect(findTimezone('10:00 CET')).toBe('CET');
    expect(findTimezone('at 9am Europe/Berlin')).toBe('Europe/Berlin');
    expect(findTimezone('14:00 UTC+2')).toBe('UTC+2');
    expect(findTimezone('mornings Pacific Time')).toBe('Pacific Time');
    expect(findTimezone('no zone here')).toBe('');
  });

  test('a long line split for the parser is cut at a space, before an open bracket, never inside a time or a range', () => {
    // Padded so that the parser's 160-character window ends inside "(10:00:00": a hard cut there read "0:00" as a slot.
    const pad = (s: string): string => s.padEnd(157 - ' le 13/03/2026 à '.length, ' ');
    const fr = pad('La réunion Entretien – Chargée de communication créée par Claire Dubois est désormais prévue');
    expect(extractTimes(`${fr} le 13/03/2026 à (10:00:00 à 11:30:00) (Europe/Paris).`, MON, 'fr').times).toEqual(['2026-03-13T10:00']);
    const en = pad('The meeting Second interview - Payroll Specialist created by Colin Whitaker is now scheduled for');
    expect(extractTimes(`${en} 03/10/2026 at (11:30:00 To 12:15:00) (Europe/London).`, MON, 'en').times).toEqual(['2026-03-10T11:30']);
  });

  test('a calendar card\'s duration ("Dauer: 0H30", "Duration: 1H00") is no time', () => {
    expect(extractTimes('Donnerstag\n5\nMärz 2026\n15:30\n\nDauer: 0H30', MON, 'de').times).toEqual(['2026-03-05T15:30']);
  });

  test('Polish dates: a month in its genitive ("16 grudnia 2026 10:00"), a numeric date with "o" and a clock', () => {
    expect(extractTimes('Data: 16 grudnia 2026 10:00 (Europe/Warsaw)', MON, 'pl').times).toEqual(['2026-12-16T10:00']);
    expect(extractTimes('Zapraszamy na rozmowę 5 marca o 11:30.', MON, 'pl').times).toEqual(['2026-03-05T11:30']);
    expect(extractTimes('środa\n18\nmarca 2026\n11:00\n(Europe/Warsaw)', MON, 'pl').times).toEqual(['2026-03-18T11:00']);
  });

  test('a zone offset in an Outlook "When:" line ("(UTC+01:00) Amsterdam") is no time, and stays the zone', () => {
    const r = extractTimes('When: Tuesday, March 10, 2026 2:00 PM-3:00 PM. (UTC+01:00) Amsterdam, Berlin, Bern, Rome', MON, 'en');
    expect(r.times).toEqual(['2026-03-10T14:00']);
    expect(r.timezone).toBe('UTC+01:00');
  });
});
