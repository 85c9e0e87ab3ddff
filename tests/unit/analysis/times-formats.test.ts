import { describe, expect, it } from 'vitest';
import { extractTimes, normalizeClocks } from '../../../src/analysis/times';

const at = '2026-04-01T09:00:00Z';
const times = (text: string, lang = 'en'): string[] => extractTimes(text, at, lang).times;

describe('clock notations real mail writes', () => {
  it('reads 14u, 14h30, à 10 h, ore 15, godz. 12 and pukul 10.00 as HH:MM', () => {
    expect(normalizeClocks('om 14u')).toBe('om 14:00');
    expect(normalizeClocks('à 14h30')).toBe('à 14:30');
    expect(normalizeClocks('à 10 h')).toBe('à 10:00');
    expect(normalizeClocks('alle ore 15')).toBe('alle 15:00');
    expect(normalizeClocks('ore 15')).toBe('ore 15:00');
    expect(normalizeClocks('godz. 12')).toBe('godz. 12:00');
    expect(normalizeClocks('Pukul: 10.00')).toBe('Pukul 10:00');
    expect(normalizeClocks('11:30:00')).toBe('11:30');
    // An upper-case unit is a duration ("Duration: 1H00"), left alone.
    expect(normalizeClocks('Duration: 1H00')).toBe('Duration: 1H00');
  });
  it('finds the slots in Dutch, French, Italian and Polish sentences', () => {
    expect(times('Past donderdag 16 april om 14u voor jou? Of anders vrijdag 17 april om 10u?', 'nl')).toEqual(['2026-04-16T14:00', '2026-04-17T10:00']);
    expect(times('Nous vous proposons un entretien le 14 avril à 14h30.', 'fr')).toEqual(['2026-04-14T14:30']);
    expect(times('Il colloquio si terrà il 15 aprile alle ore 15.', 'it')).toEqual(['2026-04-15T15:00']);
    expect(times('Zapraszamy na rozmowę 16.04.2026, godz. 12:00.', 'pl')).toEqual(['2026-04-16T12:00']);
    expect(times('Are you free on April 14 at 2:00pm EST?')).toEqual(['2026-04-14T14:00']);
  });
  it('keeps a range\'s start only, and not a slot\'s end line', () => {
    expect(times('Your interview: 14/04/2026 (10:00:00 - 11:30:00) (Europe/Paris)', 'fr')).toEqual(['2026-04-14T10:00']);
    expect(times('El 18/04/2026 (de 17:00:00 a 17:45:00)', 'es')).toEqual(['2026-04-18T17:00']);
    expect(times('Start 04/02/2026 3:00 pm\nEnd 04/02/2026 3:30 pm')).toEqual(['2026-04-02T15:00']);
  });
  it('drops the slot a reschedule moves away from, keeps the new one', () => {
    expect(times('Previous Time: 14 April 09:30\nNew Time: 16 April 14:00')).toEqual(['2026-04-16T14:00']);
    expect(times("La session d'entretien est reprogrammée de 2026-04-14 16:00:00 - 16:45:00 à 2026-04-16 10:30:00 - 11:15:00", 'fr')).toEqual(['2026-04-16T10:30']);
  });
  it('reads a calendar card written one part per line', () => {
    expect(times('Thursday\n16\nApril 2026\n2:00 PM\n(America/New_York)')).toEqual(['2026-04-16T14:00']);
  });
});
