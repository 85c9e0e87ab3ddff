// @vitest-environment happy-dom
import '../i18n-setup';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldsEditor } from '../../../../src/ui/composer/FieldsEditor';
import type { ComposerFields } from '../../../../src/shared/first-draft';
import { byRole, click, mount, type } from '../helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const fields: ComposerFields = {
  contactName: 'Jane', company: 'Acme', role: 'Analyst', interviewTime: '', proposedSlots: 'Monday 2 March, 10:00 CET',
  candidateName: 'Sam', askRemote: false, lateReply: false, format: '', location: '', booked: false,
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
