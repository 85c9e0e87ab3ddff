// Issue 13, "dates the way the page shows them": the pure date reader (src/shared/received-date.ts).
import { describe, expect, it } from 'vitest';
import { dateOrder, readDisplayDate, readReceivedDate, receivedAtOf } from '../../../src/shared/received-date';
import { isLate } from '../../../src/shared/first-draft';

/** The local wall-clock time an ISO instant stands for, as "YYYY-MM-DD HH:MM". */
function local(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
function read(display: string, locales: string[]): string {
  const r = readDisplayDate(display, locales);
  return r.known ? local(r.iso) : `unknown:${r.why}`;
}

describe('numeric dates follow the page’s day/month order', () => {
  it('Outlook en-GB "Tue 01/12/2026 17:09" is 1 December (not 12 January, as Date.parse reads it)', () => {
    expect(read('Tue 01/12/2026 17:09', ['en-GB'])).toBe('2026-12-01 17:09');
    expect(read('01/12/2026 17:09', ['en-GB'])).toBe('2026-12-01 17:09');
    expect(new Date(Date.parse('Tue 01/12/2026 17:09')).getMonth()).toBe(0); // what the old code did
  });
  it('European locales are day-first; en-US is month-first', () => {
    for (const l of ['fr-FR', 'de-DE', 'es-ES', 'it-IT', 'nl-NL', 'pt-PT', 'en-AU', 'en-IE', 'en-IN']) expect([l, read('01/12/2026 09:30', [l])]).toEqual([l, '2026-12-01 09:30']);
    expect(read('12/1/2026 5:09 PM', ['en-US'])).toBe('2026-12-01 17:09');
    expect(read('01/12/2026 9:30 AM', ['en-US'])).toBe('2026-01-12 09:30');
  });
  it('days 13–31 are read (they failed to parse before), whatever the locale says', () => {
    expect(read('Tue 13/01/2026 09:00', ['en-GB'])).toBe('2026-01-13 09:00');
    expect(read('13/01/2026 09:00', ['en-US'])).toBe('2026-01-13 09:00'); // the only possible reading
    expect(read('31/12/2026', ['en'])).toBe('2026-12-31 00:00');
  });
  it('dotted dates are day-first everywhere (01.12.2026); year-first dates too (2026-12-01, 2026/12/01, 2026年12月1日)', () => {
    expect(read('Di 01.12.2026 17:09', ['en-US'])).toBe('2026-12-01 17:09');
    expect(read('2026/12/01 17:09', ['ja'])).toBe('2026-12-01 17:09');
    expect(read('2026年12月1日 17:09', ['ja-JP'])).toBe('2026-12-01 17:09');
  });
  it('a shown weekday settles the order when the locale cannot: "Tue 01/12/2026" is Tuesday 1 December, "Mon 12/01/2026" Monday 12 January', () => {
    expect(read('Tue 01/12/2026 17:09', ['en'])).toBe('2026-12-01 17:09');
    expect(read('Mon 12/01/2026 17:09', ['en'])).toBe('2026-01-12 17:09');
    // …even against a locale that would read it the other way (the page is not in the locale we thought).
    expect(read('Tue 01/12/2026 17:09', ['en-US'])).toBe('2026-12-01 17:09');
    expect(read('mar. 01/12/2026 17:09', ['fr'])).toBe('2026-12-01 17:09');
  });
  it('ambiguous and unknowable (bare "en", no weekday, both parts ≤ 12): unknown, not a guess', () => {
    expect(readDisplayDate('01/12/2026 17:09', ['en'])).toEqual({ known: false, why: 'ambiguous' });
    expect(readDisplayDate('01/12/2026 17:09', [])).toEqual({ known: false, why: 'ambiguous' });
    expect(dateOrder('en')).toBeNull();
    expect(dateOrder('en-GB')).toBe('dmy');
    expect(dateOrder('en-US')).toBe('mdy');
  });
  it('the page’s own language comes before the user’s languages', () => {
    expect(read('01/12/2026', ['en-GB', 'en-US'])).toBe('2026-12-01 00:00');
    expect(read('01/12/2026', ['en', 'en-US'])).toBe('2026-01-12 00:00');
    expect(read('01/12/2026', ['', 'not a tag!', 'de'])).toBe('2026-12-01 00:00');
  });
});

describe('dates with month names (Gmail’s title, Outlook in words)', () => {
  it('reads them in several languages, with or without a weekday', () => {
    expect(read('2 Mar 2026, 09:14', ['en'])).toBe('2026-03-02 09:14');
    expect(read('Tue, Mar 3, 2026, 4:42 PM', ['en-US'])).toBe('2026-03-03 16:42');
    expect(read('Tue 3 Mar 2026, 16:42', ['en-GB'])).toBe('2026-03-03 16:42');
    expect(read('Di., 3. März 2026, 16:42', ['de'])).toBe('2026-03-03 16:42');
    expect(read('mar. 3 mars 2026 16:42', ['fr'])).toBe('2026-03-03 16:42'); // "mar." is Tuesday here, not March
    expect(read('mar, 3 de marzo de 2026, 16:42', ['es'])).toBe('2026-03-03 16:42');
    expect(read('2 Mar 2026, 09:14 (2 days ago)', ['en'])).toBe('2026-03-02 09:14');
  });
  it('a weekday that contradicts the date makes it unknown', () => {
    expect(readDisplayDate('Wed, Mar 3, 2026, 4:42 PM', ['en-US'])).toEqual({ known: false, why: 'unreadable' });
  });
  it('no year, no date: unknown', () => {
    expect(readDisplayDate('09:14', ['en'])).toMatchObject({ known: false });
    expect(readDisplayDate('Yesterday', ['en'])).toMatchObject({ known: false });
    expect(readDisplayDate('', ['en'])).toEqual({ known: false, why: 'empty' });
  });
});

describe('machine-readable time first', () => {
  it('time[datetime] (or an ISO title) wins over the display text', () => {
    const r = readReceivedDate({ machine: ['2026-12-01T17:09:00Z'], display: ['01/12/2026 17:09'], locales: ['en'] });
    expect(r).toEqual({ known: true, iso: '2026-12-01T17:09:00.000Z', from: 'machine' });
    expect(readReceivedDate({ machine: [null, 'soon'], display: ['2026-12-01T17:09:00+01:00'], locales: [] })).toMatchObject({ known: true, iso: '2026-12-01T16:09:00.000Z' });
  });
  it('the title’s full date before the shown text; an ambiguous display yields "" for receivedAt', () => {
    expect(local(receivedAtOf({ display: ['2 Mar 2026, 09:14', '09:14'], locales: ['en'] }))).toBe('2026-03-02 09:14');
    expect(receivedAtOf({ display: ['01/12/2026 17:09'], locales: ['en'] })).toBe('');
  });
  it('an unknown date never claims lateness (isLate is false on "")', () => {
    const receivedAt = receivedAtOf({ display: ['02/03/2026 09:14'], locales: ['en'] });
    expect(receivedAt).toBe('');
    expect(isLate(receivedAt, new Date(2026, 5, 1))).toBe(false);
  });
});
