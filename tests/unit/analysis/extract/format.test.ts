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

describe('the format of *this* interview (src/analysis/extract/format.ts)', () => {
  test('on site at our office wins over an earlier phone call and a phone number in the signature', () => {
    // The demo inbox's Northwind mail: the first call was by phone, the next interview is on site.
    const body = [
      'Hello Sam,',
      '',
      'Thanks again for your time on the phone last Friday. The team would like to continue with a technical interview (about 90 minutes, on site at our Hamburg office, Am Sandtorkai 12).',
      '',
      'Could you let me know which of these slots works best for you?',
      '',
      'Kind regards,',
      'Tom Becker',
      'Recruiter, Northwind Logistics',
      'Phone: +49 40 1234 5678',
    ].join('\n');
    expect(extractFields({ ...base, subject: 'Next step: Backend Engineer interview', body }).format).toBe('onsite');
  });

  test('"call me if you have questions" in a closing is not a phone interview', () => {
    const body = 'Dear Ana,\n\nWe would like to invite you to an interview at our Leeds office on Monday 9 March at 10:00.\n\nIf you have any questions, feel free to call me on 0113 496 0000.\n\nBest regards,\nMark Hill\nTel. 0113 496 0000';
    expect(extractFields({ ...base, body }).format).toBe('onsite');
    const video = 'Hi Jo,\n\nThe interview will be held by video; a link follows.\n\nIf you need to reschedule, please contact us by phone.\n\nBest,\nKim Park\nMobile number: 07700 900123';
    expect(extractFields({ ...base, body: video }).format).toBe('video');
  });

  test('a detail card names the format: "Interview Mode:" above "Phone", "Location" above a place', () => {
    const card = 'Your interview has been scheduled.\n\nInterview Mode:\nPhone\n\nDate:\nTuesday, March 10, 2026\n\nPlease bring a copy of your resume.';
    expect(extractFields({ ...base, body: card }).format).toBe('phone');
    const place = 'You have an interview scheduled.\n\n📍 Location\nMOF head office, 100m Street, Erbil\n\nArrive (or join online) 5 minutes early.';
    expect(extractFields({ ...base, body: place }).format).toBe('onsite');
    const zoom = 'Your interview is confirmed.\n\nLocation: Zoom (link below)\n\nSee you then.';
    expect(extractFields({ ...base, body: zoom }).format).toBe('video');
  });
});
