// Times as each reply language writes them in a letter (issue 17): "14:00 Uhr", "10 h", "a las 10:00".
import { describe, expect, it } from 'vitest';
import { formatClock, formatLocalDateTime } from '../../../src/shared/dates';
import { formatLocalTime } from '../../../src/shared/first-draft';

describe('dates and times per language', () => {
  it('writes the interview time as a letter in that language would', () => {
    expect(formatLocalDateTime('2026-05-12T14:00', 'de')).toBe('Dienstag, 12. Mai, 14:00 Uhr');
    expect(formatLocalDateTime('2026-05-12T10:00', 'fr')).toBe('mardi 12 mai à 10 h');
    expect(formatLocalDateTime('2026-05-12T10:30', 'fr')).toBe('mardi 12 mai à 10 h 30');
    expect(formatLocalDateTime('2026-05-12T10:00', 'es')).toBe('martes 12 de mayo a las 10:00');
    expect(formatLocalDateTime('2026-05-12T13:00', 'es-MX')).toBe('martes 12 de mayo a las 13:00');
    expect(formatLocalDateTime('2026-05-12T01:00', 'es')).toBe('martes 12 de mayo a la 1:00');
    expect(formatLocalDateTime('2026-05-12T10:00', 'en')).toBe('Tuesday 12 May at 10:00');
    expect(formatLocalDateTime('2026-05-12T10:00', 'it')).toBe('martedì 12 maggio alle 10:00');
    expect(formatLocalDateTime('2026-05-12T10:00', 'nl')).toBe('dinsdag 12 mei om 10.00 uur');
    expect(formatLocalDateTime('2026-05-12T10:00', 'pt')).toBe('terça-feira, 12 de maio, às 10h');
  });
  it('puts the time zone after the clock, keeps what it cannot read, and the composer uses it', () => {
    expect(formatLocalDateTime('2026-05-12T14:00', 'de', 'MEZ')).toBe('Dienstag, 12. Mai, 14:00 Uhr MEZ');
    expect(formatLocalDateTime('tomorrow at 10', 'de', 'CET')).toBe('tomorrow at 10 CET');
    expect(formatLocalTime('2026-05-12T10:00', 'fr', 'CET')).toBe('mardi 12 mai à 10 h CET');
    expect(formatClock(9, 5, 'de')).toBe('9:05 Uhr');
    expect(formatClock(9, 5, 'en')).toBe('09:05');
  });
});
