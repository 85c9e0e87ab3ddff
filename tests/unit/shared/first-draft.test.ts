// The first-draft mapping shared by the composer, the service worker's one-shot drafts and
// the analyze CLI (src/shared/first-draft.ts).
import { describe, expect, it } from 'vitest';
import { defaultReasonFor, draftVariables, firstDraftRequest, initialFields } from '../../../src/shared/first-draft';
import { defaultSettings } from '../../../src/shared/settings';
import { REASONS_BY_INTENT } from '../../../src/shared/ids';
import { sampleAnalysis, sampleEmail } from '../ui/helpers';

describe('the interview time a reply names', () => {
  const settings = defaultSettings();
  it('one proposed time: named, in the reply’s language and day-first', () => {
    const a = sampleAnalysis();
    const f = initialFields(a, null, settings);
    expect(f.interviewTime).toBe('Tuesday 12 May at 10:00 CET');
    expect(draftVariables(f, settings, a, null).noneOfOffered).toBe(false);
  });
  it('several offered times: none is named, and a reschedule says none of them fits', () => {
    const base = sampleAnalysis();
    const a = sampleAnalysis({ fields: { ...base.fields, proposedTimes: ['2026-05-12T10:00', '2026-05-13T14:00', '2026-05-14T09:30'] } });
    const f = initialFields(a, null, settings);
    expect(f.interviewTime).toBe('');
    expect(draftVariables(f, settings, a, null).noneOfOffered).toBe(true);
    // Once the user names a time themselves, that time is used.
    expect(draftVariables({ ...f, interviewTime: 'Tuesday at 10' }, settings, a, null).noneOfOffered).toBe(false);
  });
});

describe('the default reason', () => {
  it('is the user’s default when the intent offers it, else the intent’s first reason', () => {
    expect(defaultReasonFor('decline', 'not_a_fit')).toBe('not_a_fit');
    expect(defaultReasonFor('reschedule', 'not_a_fit')).toBe('no_reason');
    expect(defaultReasonFor('accept')).toBe(REASONS_BY_INTENT.accept[0]);
  });
});

describe('firstDraftRequest (context menu, CLI)', () => {
  it('builds the same request the composer starts with, from the user’s defaults', () => {
    const settings = { ...defaultSettings(), candidateName: 'Sam', defaultTone: 'formal' as const, defaultReason: 'illness' as const };
    const a = sampleAnalysis();
    const email = sampleEmail();
    const now = new Date('2026-05-01T12:00:00Z');
    const { request, context } = firstDraftRequest('reschedule', a, email, settings, now);
    const fields = initialFields(a, email, settings, now);
    expect(request).toEqual({ intent: 'reschedule', reason: 'illness', tone: 'formal', language: a.language, seed: 0, vars: draftVariables(fields, settings, a, email) });
    expect(context).toMatchObject({ intent: 'reschedule', contactName: a.fields.contactName, now: now.toISOString() });
    // A reason the intent does not offer falls back to the intent's first one.
    // No reason is that first one: a one-shot decline asserts nothing the user did not choose.
    expect(firstDraftRequest('decline', a, email, settings, now).request.reason).toBe('no_reason');
  });
});
