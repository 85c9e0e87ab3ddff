import { describe, expect, test } from 'vitest';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput, ExtractedFields } from '../../../../src/shared/types';

// The extraction rules' candidates, after the shape guard and before the learned confidence
// gate (tests/unit/analysis/fields/ tests the gate): these tests pin what each rule finds.
const extractFields = (e: EmailInput): ExtractedFields => prepare(e).fields;

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('format, location and links (src/analysis/extract/format.ts, location.ts)', () => {
  test('format, location and scheduling links', () => {
    const v = extractFields({ ...base, body: 'Join the video interview here: https://acme.zoom.us/j/123456' });
    expect(v.format).toBe('video');
    // A meeting link is not a place: a location holding a URL is dropped (issue 13), the link stays in the email.
    expect(v.location).toBe('');
    const o = extractFields({ ...base, body: 'Please come to our office at 22 Bishopsgate, London and ask for me at reception.' });
    expect(o.format).toBe('onsite');
    expect(o.location).toContain('22 Bishopsgate');
    const p = extractFields({ ...base, body: 'I will call you for a short phone interview. Book a slot: https://calendly.com/jane/phone-screen' });
    expect(p.format).toBe('phone');
    expect(p.schedulingLink).toBe('https://calendly.com/jane/phone-screen');
    expect(extractFields({ ...base, body: 'Pick a time: https://outlook.office365.com/owa/calendar/Hiring@acme.com/bookings/' }).schedulingLink).toContain('bookings');
  });
});
