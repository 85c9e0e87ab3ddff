import { describe, expect, test } from 'vitest';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput, ExtractedFields } from '../../../../src/shared/types';

// The extraction rules' candidates, after the shape guard and before the learned confidence
// gate (tests/unit/analysis/fields/ tests the gate): these tests pin what each rule finds.
const extractFields = (e: EmailInput): ExtractedFields => prepare(e).fields;

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('every extracted value is plain (src/analysis/extract/context.ts)', () => {
  test('markup, template syntax and script URLs never become a company, role or contact', () => {
    const hostile = [`<%= window.__pwned='t15' %>`, '{{constructor.constructor("alert(1)")()}}', '<img src=x onerror=alert(1)>', '${alert(1)}'];
    for (const h of hostile) {
      const f = extractFields({
        ...base,
        fromName: `${h} Talent Team`,
        fromEmail: 'jobs@gmail.com',
        body: `Hi Sam,\n\nWe would like to invite you to an interview for the ${h} role at ${h}. Would Tuesday at 2pm work?\n\nBest,\n${h}`,
      });
      for (const v of [f.company, f.role, f.contactName]) expect(v, h).not.toMatch(/[<>{}]|%=|\$\{/);
    }
  });

  test('unfilled placeholders are dropped', () => {
    const f = extractFields({ ...base, subject: 'Interview invitation - {{job_title}}', fromName: '[Recruiter Name]', fromEmail: 'jobs@x-corp.example', body: 'Hi {{first_name}},\nWe would like to invite you to an interview for the [Job Title] position.\nKind regards,\n[Recruiter Name]' });
    expect(f.role).toBe('');
    expect(f.contactName).toBe('');
    for (const v of [f.company, f.role, f.contactName, f.location]) expect(v).not.toMatch(/\{\{|\[/);
  });
});
