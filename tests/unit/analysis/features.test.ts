import { describe, expect, test } from 'vitest';
import { prepare } from '../../../src/analysis/pipeline';
import { NAMED } from '../../../src/analysis/features';
import type { EmailInput } from '../../../src/shared/types';

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };
const fired = (e: Partial<EmailInput>): Set<string> => {
  const f = prepare({ ...base, ...e }).features;
  return new Set([...f.idx].filter((i) => i < NAMED.length).map((i) => NAMED[i] ?? ''));
};

describe('structural features of the verdict (src/analysis/features.ts)', () => {
  test('thirdParty: a named person other than the reader books or is scheduled; not the reader, not "your interview … with"', () => {
    expect(fired({ subject: 'New booking', body: 'Dear Olivia Grant, Daniel Okafor (daniel@mail.example) booked an appointment with you.' })).toContain('thirdParty');
    expect(fired({ subject: 'Interview scheduled', body: 'Hi team,\n\nAn interview has been scheduled with Rohan Verma for Mobile QA Engineer.' })).toContain('thirdParty');
    expect(fired({ subject: 'Interview', body: 'Hi Daniel,\n\nYour interview has been scheduled with Rohan Verma on Tuesday.' })).not.toContain('thirdParty');
    expect(fired({ subject: 'Interview', body: 'Dear Daniel Okafor, Daniel Okafor booked an appointment.' })).not.toContain('thirdParty');
  });

  test('assessmentDue: a test to answer by a date; a survey with a date is not one', () => {
    const a = fired({ subject: 'Written interview', body: 'Dear Jordan,\n\nWe would like you to answer some questions.\nPlease answer the interview for 03/09/2026.' });
    expect(a).toContain('f:assessment');
    expect(a).toContain('assessmentDue');
    expect(a).not.toContain('noProposal');
    expect(fired({ subject: 'Survey', body: 'Dear Dana,\n\nWe are conducting a survey.\nPlease answer the survey for 04/30/2026.' })).not.toContain('assessmentDue');
  });

  test('clockTime: a clock time at the end of a sentence counts, a date alone does not', () => {
    expect(fired({ body: 'Gentile candidato, il colloquio è programmato per domani alle 09:00.' })).toContain('clockTime');
    expect(fired({ body: 'We will meet at 9am.' })).toContain('clockTime');
    expect(fired({ body: 'Your application of 12.03.2026 was received.' })).not.toContain('clockTime');
  });

  test('otherInterview is read in the opening only: a "mock interview" tip deep in an invitation is not its topic', () => {
    const filler = 'Please make sure your camera and microphone work and that you are in a quiet room. '.repeat(12);
    expect(fired({ subject: 'Your interview today', body: `Dear Tom,\n\nYour interview for the Data Analyst role is today at 11:30.\n\n${filler}\nYou can try a mock interview on the platform.` })).not.toContain('otherInterview');
    expect(fired({ subject: 'Mock interview practice', body: 'Join our mock interview session on Friday.' })).toContain('otherInterview');
  });
});
