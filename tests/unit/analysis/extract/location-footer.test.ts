import { describe, expect, test } from 'vitest';
import { location } from '../../../../src/analysis/extract/location';

// Only this interview's place: not the company's address in a contact block (invented mail).
describe('location in a contact block (src/analysis/extract/location.ts)', () => {
  test('an address among phone, e-mail and copyright lines is the company\'s', () => {
    expect(location('Your interview is confirmed.\nJoin Interview\n\nQuillmoor Labs\nAddress: 12 Mill Lane, Leeds LS2 7DJ\nPhone: +44 113 496 0000\nEmail: jobs@quillmoor.example\n© 2026 Quillmoor Labs', [])).toBe('');
  });
  test('a labelled place above the sign-off is kept, and a building line takes the address lines below it', () => {
    expect(location('Dear Jo,\n\nDate: 3 March\nLocation:\nKornfeld GmbH\nHafenweg 12\n47119 Duisburg\n\nBest regards,\nJane', [])).toBe('Kornfeld GmbH, Hafenweg 12, 47119 Duisburg');
    expect(location('Dear Jo,\nLocation:\nKornfeld House\nPlease bring ID.\n\nBest regards,\nJane', [])).toBe('Kornfeld House');
  });
});
