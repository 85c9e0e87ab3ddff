// @vitest-environment happy-dom
import './i18n-setup';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldsEditor } from '../../../src/ui/composer/FieldsEditor';
import type { ComposerFields } from '../../../src/ui/composer/model';
import { byRole, click, mount, sampleAnalysis, type } from './helpers';
import { draftVariables, initialFields } from '../../../src/ui/composer/model';
import { defaultSettings } from '../../../src/shared/settings';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const fields: ComposerFields = {
  contactName: 'Jane', company: 'Acme', role: 'Analyst', interviewTime: '', proposedSlots: 'Monday 2 March, 10:00 CET',
  candidateName: 'Sam', askRemote: false, lateReply: false,
};

describe('proposed times for a reschedule', () => {
  it('a time picked on the candidate’s clock is added in the invitation’s zone, with their own beside it', async () => {
    // The test process runs in UTC, which is London's time in March.
    expect(new Date('2026-03-03T13:00').getTimezoneOffset()).toBe(0);
    const onChange = vi.fn();
    const m = await mount(<FieldsEditor fields={fields} intent="reschedule" onChange={onChange} recipientZone="CET" language="en" candidateZone="Europe/London" />);
    cleanup = m.unmount;
    expect(m.root.textContent).toContain('Times are added in CET');
    const add = byRole<HTMLButtonElement>(m.root, 'button', 'Add this time');
    expect(add.disabled).toBe(true);
    await type(m.root.querySelector<HTMLInputElement>('input[type="datetime-local"]')!, '2026-03-03T13:00');
    await click(add);
    expect(onChange).toHaveBeenCalledWith({ proposedSlots: 'Monday 2 March, 10:00 CET\nTuesday 3 March, 14:00 CET (13:00 my time)' });
  });

  it('is only offered for a reschedule', async () => {
    const m = await mount(<FieldsEditor fields={fields} intent="decline" onChange={() => {}} recipientZone="CET" />);
    cleanup = m.unmount;
    expect(m.root.querySelector('input[type="datetime-local"]')).toBeNull();
  });
});

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
