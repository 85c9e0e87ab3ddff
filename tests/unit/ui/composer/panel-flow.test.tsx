// @vitest-environment happy-dom
// Issue 16 in the composer: the reason persists per reply type, Accept picks one of the offered
// times, the booking link, the name asked once and saved, the way to Options, and the keyboard
// order (reply type → draft → Insert; arrows choose the reply type).
import '../i18n-setup';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Composer, Panel, type ComposerProps } from '../../../../src/ui/composer';
import { defaultSettings } from '../../../../src/shared/settings';
import { resetReasonMemory } from '../../../../src/ui/composer/reason-memory';
import { byRole, choose, click, fakeClient, mount, sampleAnalysis, sampleEmail, settle, type, waitFor } from '../helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
  document.body.innerHTML = '';
  resetReasonMemory();
});

async function setup(over: Partial<ComposerProps> = {}, inPanel = false) {
  const client = fakeClient();
  const props: ComposerProps = {
    client,
    email: sampleEmail(),
    analysis: sampleAnalysis(),
    settings: { ...defaultSettings(), candidateName: 'Ada' },
    mode: 'panel',
    copy: vi.fn(async () => true),
    onInsert: vi.fn(async () => ({ ok: true as const })),
    debounceMs: 0,
    ownZone: 'Europe/London',
    ...over,
  };
  const vnode = <Composer {...props} />;
  const m = await mount(inPanel ? <Panel onClose={() => {}}>{vnode}</Panel> : vnode);
  cleanup = m.unmount;
  const draft = () => byRole<HTMLTextAreaElement>(m.root, 'textbox', 'Draft');
  await waitFor(() => draft().value !== '', 'first draft');
  return { ...m, client, draft, props };
}

const reasonSelect = (root: HTMLElement) => byRole<HTMLSelectElement>(root, 'combobox', 'Reason');

describe('the reason, per reply type, for the session', () => {
  it('starts as “No reason given”, and the chosen one is back after a visit to Accept and Follow-up', async () => {
    const { root, client } = await setup();
    expect(reasonSelect(root).value).toBe('no_reason');
    expect(client.drafts.at(-1)?.reason).toBe('no_reason');
    await choose(reasonSelect(root), 'not_a_fit');
    await waitFor(() => client.drafts.at(-1)?.reason === 'not_a_fit', 'not a fit');
    await click(byRole(root, 'button', 'Accept'));
    await click(byRole(root, 'button', 'Reschedule'));
    expect(reasonSelect(root).value).toBe('no_reason');
    await choose(reasonSelect(root), 'travel');
    await click(byRole(root, 'button', 'Follow-up'));
    await click(byRole(root, 'button', 'Decline'));
    expect(reasonSelect(root).value).toBe('not_a_fit');
    await waitFor(() => client.drafts.at(-1)?.intent === 'decline' && client.drafts.at(-1)?.reason === 'not_a_fit', 'decline draft');
    await click(byRole(root, 'button', 'Reschedule'));
    expect(reasonSelect(root).value).toBe('travel');
  });

  it('a panel opened again in the same page remembers it', async () => {
    const first = await setup();
    await choose(reasonSelect(first.root), 'personal');
    await cleanup?.();
    cleanup = null;
    document.body.innerHTML = '';
    const again = await setup();
    expect(reasonSelect(again.root).value).toBe('personal');
  });
});

describe('Accept with several offered times', () => {
  const threeSlots = sampleAnalysis({
    fields: { ...sampleAnalysis().fields, proposedTimes: ['2026-03-10T14:00', '2026-03-11T10:00', '2026-03-12T16:00'], timezone: 'CET' },
  });

  it('lists them on the user’s clock beside the invitation’s zone; the chosen one goes into the draft', async () => {
    const { root, client } = await setup({ analysis: threeSlots, initialIntent: 'accept' });
    const group = byRole(root, 'radiogroup', 'Which of the offered times do you accept?');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      'Tuesday 10 March, 14:00 CET (13:00 my time)', 'Wednesday 11 March, 10:00 CET (09:00 my time)', 'Thursday 12 March, 16:00 CET (15:00 my time)',
    ]);
    // None chosen yet: the request names no time.
    expect(client.drafts.at(-1)?.vars).toMatchObject({ interviewTime: '', noneOfOffered: true });
    await click(radios[1]!);
    await waitFor(() => client.drafts.at(-1)?.vars.interviewTime === 'Wednesday 11 March at 10:00 CET', 'chosen slot');
    expect(radios[1]!.checked).toBe(true);
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Interview time').value).toBe('Wednesday 11 March at 10:00 CET');
  });

  it('a booking link: “I have booked a time through their link” is the user’s to tick', async () => {
    const link = sampleAnalysis({ fields: { ...sampleAnalysis().fields, proposedTimes: [], schedulingLink: 'https://calendly.com/acme/interview' } });
    const { root, client } = await setup({ analysis: link, initialIntent: 'accept' });
    expect(client.drafts.at(-1)?.vars).toMatchObject({ bookingLink: true, booked: false });
    await click(byRole(root, 'checkbox', 'I have booked a time through their link'));
    await waitFor(() => client.drafts.at(-1)?.vars.booked === true, 'booked');
  });

  it('format and place are fields: an on-site interview read as a phone call can be put right', async () => {
    const phone = sampleAnalysis({ fields: { ...sampleAnalysis().fields, format: 'phone' } });
    const { root, client } = await setup({ analysis: phone, initialIntent: 'accept' });
    const format = byRole<HTMLSelectElement>(root, 'combobox', 'Format');
    expect(format.value).toBe('phone');
    await choose(format, 'onsite');
    await type(byRole<HTMLInputElement>(root, 'textbox', 'Place'), 'Am Sandtorkai 12, Hamburg');
    await waitFor(() => client.drafts.at(-1)?.vars.format === 'onsite' && client.drafts.at(-1)?.vars.location === 'Am Sandtorkai 12, Hamburg', 'onsite');
  });

  it('fields the email did not give are marked', async () => {
    const { root } = await setup({ analysis: sampleAnalysis({ fields: { ...sampleAnalysis().fields, company: '' } }) });
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Company').placeholder).toBe('Not found in the email');
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Role').placeholder).toBe('');
  });
});

describe('your name once', () => {
  it('no name stored: asks for it first, saves it to the settings and says so', async () => {
    const saveName = vi.fn(async () => ({ ok: true as const }));
    const { root, client } = await setup({ settings: defaultSettings(), saveName });
    const field = byRole<HTMLInputElement>(root, 'textbox', 'Your name, to sign your replies');
    await type(field, 'Sam Lee');
    await click(byRole(root, 'button', 'Save my name'));
    await waitFor(() => saveName.mock.calls.length === 1, 'saved');
    expect(saveName).toHaveBeenCalledWith('Sam Lee');
    await waitFor(() => (root.textContent ?? '').includes('Saved: your replies are signed “Sam Lee”.'), 'said');
    await waitFor(() => client.drafts.at(-1)?.vars.candidateName === 'Sam Lee', 'in the draft');
  });

  it('a name stored: nothing is asked; a change in the name field is saved, and the field says so', async () => {
    const saveName = vi.fn(async () => ({ ok: true as const }));
    const { root } = await setup({ saveName });
    expect(root.textContent).not.toContain('Your name, to sign your replies');
    await type(byRole<HTMLInputElement>(root, 'textbox', 'Your name'), 'Ada Lovelace');
    await waitFor(() => saveName.mock.calls.length === 1, 'saved after a pause', 3000);
    expect(saveName).toHaveBeenCalledWith('Ada Lovelace');
    await waitFor(() => (root.textContent ?? '').includes('Saved as your name for next time.'), 'said');
  });

  it('Enter in the name prompt saves it too (no <form> of ours anywhere)', async () => {
    const saveName = vi.fn(async () => ({ ok: true as const }));
    const { root } = await setup({ settings: defaultSettings(), saveName });
    const field = byRole<HTMLInputElement>(root, 'textbox', 'Your name, to sign your replies');
    await type(field, 'Sam Lee');
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitFor(() => saveName.mock.calls.length === 1, 'saved');
    expect(root.querySelector('form')).toBeNull();
  });

  it('a save that fails says so, and the name still signs this draft', async () => {
    const saveName = vi.fn(async () => ({ ok: false as const, error: 'The browser’s storage for Tactful is full.' }));
    const { root, client } = await setup({ settings: defaultSettings(), saveName });
    await type(byRole<HTMLInputElement>(root, 'textbox', 'Your name, to sign your replies'), 'Sam');
    await click(byRole(root, 'button', 'Save my name'));
    await waitFor(() => (root.textContent ?? '').includes('Your name is in this draft but could not be saved: The browser’s storage for Tactful is full.'), 'said');
    await waitFor(() => client.drafts.at(-1)?.vars.candidateName === 'Sam', 'in the draft');
  });

  it('the panel links to Options', async () => {
    const onOpenOptions = vi.fn();
    const { root } = await setup({ onOpenOptions });
    await click(byRole(root, 'button', 'Name, signature and defaults: Options'));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });
});

describe('the keyboard', () => {
  it('opens on the chosen reply type; arrows choose; Tab, Tab reaches Insert', async () => {
    const { root, client } = await setup({}, true);
    const decline = byRole(root, 'button', 'Decline');
    expect(document.activeElement).toBe(decline);
    decline.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle(10);
    expect(byRole(root, 'button', 'Reschedule').getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(byRole(root, 'button', 'Reschedule'));
    await waitFor(() => client.drafts.at(-1)?.intent === 'reschedule', 'reschedule');
    // One Tab stop for the whole choice, then the draft, then Insert.
    const tabbable = [...root.querySelectorAll<HTMLElement>('button, textarea, input, select, summary')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled);
    const at = tabbable.indexOf(byRole(root, 'button', 'Reschedule'));
    expect(tabbable[at + 1]).toBe(byRole(root, 'textbox', 'Draft'));
    expect(tabbable[at + 2]).toBe(byRole(root, 'button', 'Insert into reply'));
    expect(tabbable.filter((el) => el.dataset.intent)).toHaveLength(1);
  });
});
