import { describe, expect, test } from 'vitest';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput, ExtractedFields } from '../../../../src/shared/types';

// The extraction rules' candidates, after the shape guard and before the learned confidence
// gate (tests/unit/analysis/fields/ tests the gate): these tests pin what each rule finds.
const extractFields = (e: EmailInput): ExtractedFields => prepare(e).fields;

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('the contact to greet (src/analysis/extract/contact.ts)', () => {
  test('never the candidate: greeting name and candidateName are skipped', () => {
    const f = extractFields({ ...base, fromName: 'Sam Carter', fromEmail: 'sam@gmail.com', candidateName: 'Sam Carter', body: 'Hi Sam,\nplease send your availability for an interview.\nThanks' });
    expect(f.contactName).toBe('');
    expect(f.company).toBe('');
  });

  test('ATS no-reply sender: no robot contact, company from display name, never the ATS domain', () => {
    const f = extractFields({
      ...base,
      fromName: 'Meridian Bank',
      fromEmail: 'donotreply@myworkday.com',
      body: 'Hello,\nYou have been selected to interview for the position of Risk Analyst. Schedule here: https://meridianbank.goodtime.io/schedule/x1',
    });
    expect(f.contactName).toBe('');
    expect(f.company).toBe('Meridian Bank');
    expect(f.role).toBe('Risk Analyst');
    expect(f.schedulingLink).toBe('https://meridianbank.goodtime.io/schedule/x1');
  });
});
