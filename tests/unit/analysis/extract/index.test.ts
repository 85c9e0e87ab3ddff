import { describe, expect, test } from 'vitest';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput, ExtractedFields } from '../../../../src/shared/types';

// The extraction rules' candidates, after the shape guard and before the learned confidence
// gate (tests/unit/analysis/fields/ tests the gate): these tests pin what each rule finds.
const extractFields = (e: EmailInput): ExtractedFields => prepare(e).fields;

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('field extraction (src/analysis/extract/index.ts)', () => {
  test('signer, company from signature, role from "for the … role"', () => {
    const f = extractFields({
      ...base,
      fromName: 'Jane Doe',
      fromEmail: 'jane@acme-widgets.com',
      body: 'Hi Sam,\n\nWe would like to invite you to an interview for the Senior Analyst role. Would Tuesday at 2pm work?\n\nBest,\nJane Doe\nTalent Partner | Acme Widgets\n+1 555 0100',
    });
    expect(f.contactName).toBe('Jane Doe');
    expect(f.company).toBe('Acme Widgets');
    expect(f.role).toBe('Senior Analyst');
    expect(f.proposedTimes).toEqual(['2026-03-03T14:00']);
  });

  test('a video or phone interview has no place: a calendar\'s room for the interviewers is not written into the reply', () => {
    const body = 'Hi Sam,\n\nWe would like to invite you to a video interview for the Analyst role on Tuesday 3 March at 14:00.\n\nLocation: Conference Room 4B, 12 Mill Lane, Leeds\nJoin on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/123\n\nBest,\nJane Doe';
    const f = extractFields({ ...base, subject: 'Video interview', body });
    expect(f.format).toBe('video');
    expect(f.location).toBe('');
    // The same invitation on site keeps its place.
    const onsite = extractFields({ ...base, subject: 'Interview', body: body.replace('a video interview', 'an interview at our office').replace(/\nJoin on Microsoft Teams.*\n/, '\n') });
    expect(onsite.format).toBe('onsite');
    expect(onsite.location).toBe('Conference Room 4B, 12 Mill Lane, Leeds');
  });
});
