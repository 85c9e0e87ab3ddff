import { describe, expect, test } from 'vitest';
import { formatSlotForRecipient, zoneOffsetMinutes } from '../../../src/shared/timezones';

const at = new Date('2026-03-03T13:00:00Z'); // 14:00 in Berlin (CET), 13:00 in London (GMT)

describe('time zones', () => {
  test('offsets from abbreviations, UTC±h and IANA names (with daylight saving)', () => {
    expect(zoneOffsetMinutes('CET', at)).toBe(60);
    expect(zoneOffsetMinutes('pst', at)).toBe(-480);
    expect(zoneOffsetMinutes('UTC+5:30', at)).toBe(330);
    expect(zoneOffsetMinutes('GMT-3', at)).toBe(-180);
    expect(zoneOffsetMinutes('Europe/Berlin', at)).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', new Date('2026-07-01T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Atlantis/Nowhere', at)).toBeNull();
    expect(zoneOffsetMinutes('', at)).toBeNull();
  });

  test('written in the recruiter’s zone, the candidate’s own time noted when it differs', () => {
    expect(formatSlotForRecipient(at, 'CET', 'Europe/London')).toBe('Tuesday 3 March, 14:00 CET (13:00 my time)');
    expect(formatSlotForRecipient(at, 'CET', 'Europe/Berlin')).toBe('Tuesday 3 March, 14:00 CET');
    expect(formatSlotForRecipient(at, '', 'Europe/London')).toBe('Tuesday 3 March, 13:00');
  });

  test('a slot that falls on another day for the candidate says so', () => {
    const late = new Date('2026-03-03T23:30:00Z');
    expect(formatSlotForRecipient(late, 'JST', 'Europe/London')).toBe('Wednesday 4 March, 08:30 JST (Tuesday 3 March, 23:30 my time)');
  });

  test('other languages', () => {
    expect(formatSlotForRecipient(at, 'MEZ', 'Europe/London', 'de')).toBe('Dienstag, 3. März, 14:00 Uhr MEZ (bei mir 13:00 Uhr)');
    expect(formatSlotForRecipient(at, 'CET', 'Europe/London', 'fr')).toBe('mardi 3 mars à 14 h CET (13 h chez moi)');
    expect(formatSlotForRecipient(at, 'CET', 'Europe/London', 'es')).toBe('martes 3 de marzo a las 14:00 CET (13:00 en mi zona horaria)');
  });
});
