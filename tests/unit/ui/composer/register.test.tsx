// @vitest-environment happy-dom
// The composer answers in the recruiter's register (issue 17): a formal invitation starts in the
// formal tone with register 'formal', an informal one in the warm tone with 'informal'; the user
// can still switch the tone, and a later analysis does not undo that choice.
import '../i18n-setup';
import { afterEach, describe, expect, it } from 'vitest';
import { Composer } from '../../../../src/ui/composer';
import { defaultSettings } from '../../../../src/shared/settings';
import { byRole, choose, fakeClient, mount, sampleAnalysis, sampleEmail, waitFor } from '../helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
  document.body.innerHTML = '';
});

async function open(register: 'formal' | 'informal' | '') {
  const client = fakeClient();
  const analysis = sampleAnalysis({ language: 'de', address: { register, contactGender: 'female', contactTitle: '' } });
  const m = await mount(
    <Composer client={client} email={sampleEmail()} analysis={analysis} settings={{ ...defaultSettings(), defaultTone: 'warm' }} mode="panel" debounceMs={0} />,
  );
  cleanup = m.unmount;
  await waitFor(() => client.drafts.length > 0, 'first draft');
  return { ...m, client };
}

describe('Composer and the recruiter’s register', () => {
  it('a formal invitation: formal tone, formal register, and the signer’s gender reaches the draft', async () => {
    const { client } = await open('formal');
    const req = client.drafts.at(-1)!;
    expect(req).toMatchObject({ tone: 'formal', register: 'formal' });
    expect(req.vars.contactGender).toBe('female');
  });

  it('an informal invitation: warm tone and informal register; the user can still switch the tone', async () => {
    const { client, root } = await open('informal');
    expect(client.drafts.at(-1)).toMatchObject({ tone: 'warm', register: 'informal' });
    await choose(byRole<HTMLSelectElement>(root, 'combobox', 'Tone'), 'brief');
    await waitFor(() => client.drafts.at(-1)?.tone === 'brief', 'brief draft');
    expect(client.drafts.at(-1)?.register).toBe('informal');
  });

  it('no register read: the user’s default tone and no register in the request', async () => {
    const { client } = await open('');
    const req = client.drafts.at(-1)!;
    expect(req.tone).toBe('warm');
    expect(req.register).toBeUndefined();
  });
});

describe('the verdict’s why line through the locale', () => {
  it('says the keyed reasons that speak for the verdict (here in English, from en/messages.json)', async () => {
    const { verdictText } = await import('../../../../src/ui/composer/model');
    const analysis = sampleAnalysis({
      signals: ['asks for your availability', 'but comes from a no-reply address', 'includes a Calendly scheduling link'],
      why: [
        { key: 'whyAvailability', for: true },
        { key: 'whyNoReply', for: false },
        { key: 'whySchedulingLink', params: ['Calendly'], for: true },
      ],
    });
    expect(verdictText(analysis, sampleEmail())).toBe('Looks like an interview invitation: asks for your availability');
  });
});
