import { describe, expect, test } from 'vitest';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput, ExtractedFields } from '../../../../src/shared/types';

// The extraction rules' candidates, after the shape guard and before the learned confidence
// gate (tests/unit/analysis/fields/ tests the gate): these tests pin what each rule finds.
const extractFields = (e: EmailInput): ExtractedFields => prepare(e).fields;

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('the company (src/analysis/extract/company.ts)', () => {
  test('"X via Greenhouse" and "Acme Talent Team" senders give the company', () => {
    expect(extractFields({ ...base, fromName: 'Kinetica via Workable', fromEmail: 'noreply@workablemail.com', body: 'Hi' }).company).toBe('Kinetica');
    expect(extractFields({ ...base, fromName: 'Redwood Logistics Talent Team', fromEmail: 'talent@redwood.example', body: 'Hi' }).company).toBe('Redwood Logistics');
  });

  test('a company from the sender\'s domain is written properly or left empty (issue 14: "Cascadeengineering")', () => {
    const mail = (fromEmail: string): string => extractFields({ ...base, fromEmail, body: 'Dear Sam,\n\nWe would like to invite you to an interview on Monday.\n\nBest,\nThe hiring team' }).company;
    expect(mail('jobs@cascadeengineering.com')).toBe('');
    expect(mail('jobs@northlinefreight.com')).toBe('');
    expect(mail('jobs@cascadeanalytics.com')).toBe('Cascade Analytics');
    expect(mail('jobs@acme-robotics.com')).toBe('Acme Robotics');
    expect(mail('jobs@harborline-analytics.com')).toBe('Harborline Analytics');
    expect(mail('jobs@statik.be')).toBe('Statik');
  });
});
