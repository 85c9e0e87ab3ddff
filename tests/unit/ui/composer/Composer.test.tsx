// @vitest-environment happy-dom
import '../i18n-setup'; // chrome.i18n over messages.json: English names, as in the extension
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Composer, Panel, type ComposerProps } from '../../../../src/ui/composer';
import { defaultSettings } from '../../../../src/shared/settings';
import {
  allByRole, byRole, choose, click, fakeClient, mount, sampleAnalysis, sampleEmail, settle, type, waitFor,
} from '../helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
  document.body.innerHTML = '';
});

async function setup(over: Partial<ComposerProps> = {}) {
  const client = fakeClient();
  const copy = vi.fn(async (_text: string) => true);
  const props: ComposerProps = {
    client,
    email: sampleEmail(),
    analysis: sampleAnalysis(),
    settings: { ...defaultSettings(), candidateName: 'Ada' },
    mode: 'panel',
    copy,
    debounceMs: 0,
    ...over,
  };
  const m = await mount(<Composer {...props} />);
  cleanup = m.unmount;
  const draft = () => byRole<HTMLTextAreaElement>(m.root, 'textbox', 'Draft');
  await waitFor(() => draft().value !== '', 'first draft');
  return { ...m, client, copy, draft, props };
}

describe('Composer', () => {
  it('shows the verdict with its first signal only: one short line, no repetition', async () => {
    const { root } = await setup();
    expect(root.textContent).toContain('Looks like an interview invitation: asks for your availability.'.replace(/\.$/, ''));
    expect(root.textContent).not.toContain('for a video interview for Senior Analyst');
    expect(root.textContent).not.toContain('third signal');
  });

  it('says when the message is not an invitation, and still drafts', async () => {
    const { root, draft } = await setup({ analysis: sampleAnalysis({ invitation: false }) });
    expect(root.textContent).toContain('This doesn’t look like an interview invitation — you can still draft a reply.');
    expect(draft().value).not.toBe('');
  });

  it('has the intent buttons with their exact names, primary and secondary', async () => {
    const { root } = await setup();
    const primary = byRole(root, 'group', 'Reply');
    expect(allByRole(primary, 'button').map((b) => b.textContent)).toEqual(['Decline', 'Reschedule', 'Withdraw']);
    const secondary = byRole(root, 'group', 'Other replies');
    expect(allByRole(secondary, 'button').map((b) => b.textContent)).toEqual(['Accept', 'Call notes', 'Follow-up']);
    expect(byRole(root, 'button', 'Decline').getAttribute('aria-pressed')).toBe('true');
    expect(byRole(root, 'button', 'Reschedule').getAttribute('aria-pressed')).toBe('false');
  });

  it('fills the fields from the analysis, all labelled and editable', async () => {
    const { root, client, draft } = await setup();
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Contact name').value).toBe('Maria Lopez');
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Company').value).toBe('Acme');
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Role').value).toBe('Senior Analyst');
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Interview time').value).toMatch(/^Tuesday.*(12.*May|May 12).*10:00 CET$/);
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Your name').value).toBe('Ada');
    await type(byRole(root, 'textbox', 'Company'), 'Globex');
    await waitFor(() => draft().value.includes('Globex'), 're-draft with the new company');
    expect(client.drafts.at(-1)?.vars.company).toBe('Globex');
  });

  it('switching intent changes the reasons offered', async () => {
    const { root, client, draft } = await setup();
    const reasons = () => [...byRole<HTMLSelectElement>(root, 'combobox', 'Reason').options].map((o) => o.value);
    expect(reasons()).toContain('other_offer');
    expect(reasons()).not.toContain('conflict');
    await click(byRole(root, 'button', 'Reschedule'));
    expect(reasons()).toEqual(['no_reason', 'conflict', 'illness', 'travel']);
    expect(byRole<HTMLSelectElement>(root, 'combobox', 'Reason').value).toBe('no_reason');
    expect(byRole(root, 'textbox', 'Times you can offer (one per line)')).toBeTruthy();
    await waitFor(() => draft().value.startsWith('[reschedule/no_reason/warm/0]'), 'reschedule draft');
    await type(byRole(root, 'textbox', 'Times you can offer (one per line)'), 'Wed 9:00\n\nThu 14:00');
    await waitFor(() => client.drafts.at(-1)?.vars.proposedSlots?.length === 2, 'slots');
    expect(client.drafts.at(-1)?.vars.proposedSlots).toEqual(['Wed 9:00', 'Thu 14:00']);
    await click(byRole(root, 'button', 'Accept'));
    expect(allByRole(root, 'combobox', 'Reason')).toHaveLength(0);
  });

  it('tone select offers Warm, Formal, Brief and re-drafts', async () => {
    const { root, draft } = await setup();
    const tone = byRole<HTMLSelectElement>(root, 'combobox', 'Tone');
    expect([...tone.options].map((o) => o.textContent)).toEqual(['Warm', 'Formal', 'Brief']);
    await choose(tone, 'formal');
    await waitFor(() => draft().value.startsWith('[decline/no_reason/formal/0]'), 'formal draft');
  });

  it('"Another wording" asks for the next seed', async () => {
    const { root, draft } = await setup();
    await click(byRole(root, 'button', 'Another wording'));
    await waitFor(() => draft().value.includes('/1]'), 'seed 1');
  });

  it('editing the preview then changing tone asks before replacing, and keeps the edits unless told', async () => {
    const { root, draft } = await setup();
    await type(draft(), 'My own careful words.');
    await choose(byRole(root, 'combobox', 'Tone'), 'brief');
    await waitFor(() => (root.textContent ?? '').includes('Replace your edits with a new draft?'), 'confirm');
    expect(draft().value).toBe('My own careful words.');
    await click(byRole(root, 'button', 'Keep my edits'));
    expect(draft().value).toBe('My own careful words.');
    expect(root.textContent).not.toContain('Replace your edits');

    await choose(byRole(root, 'combobox', 'Tone'), 'formal');
    await waitFor(() => (root.textContent ?? '').includes('Replace your edits with a new draft?'), 'confirm again');
    await click(byRole(root, 'button', 'Replace'));
    expect(draft().value.startsWith('[decline/no_reason/formal/0]')).toBe(true);
    // Not edited any more: the next change goes straight in.
    await click(byRole(root, 'button', 'Another wording'));
    await waitFor(() => draft().value.startsWith('[decline/no_reason/formal/1]'), 'direct replace');
  });

  it('checks the edited draft and lists findings with severity', async () => {
    const { root, client, draft } = await setup();
    await type(draft(), 'Thanks, but I am not interested.');
    await waitFor(() => (root.textContent ?? '').includes('“Not interested” reads as blunt.'), 'finding');
    expect(client.checks.at(-1)).toBe('Thanks, but I am not interested.');
    const item = root.querySelector('[data-severity="warning"]');
    expect(item?.textContent).toBe('Consider:“Not interested” reads as blunt.');
  });

  it('debounces checks while typing', async () => {
    const { draft, client } = await setup({ debounceMs: 40 });
    const before = client.checks.length;
    for (const t of ['a', 'ab', 'abc', 'abcd']) await type(draft(), t);
    await settle(80);
    expect(client.checks.slice(before)).toEqual(['abcd']);
  });

  it('shows the findings the draft came with', async () => {
    const { root } = await setup({ analysis: sampleAnalysis({ fields: { ...sampleAnalysis().fields, contactName: '' } }) });
    expect(root.querySelector('[data-severity="error"]')?.textContent).toBe('Fix:The greeting has no name in it.');
  });

  it('Insert success says so', async () => {
    const onInsert = vi.fn(async () => ({ ok: true as const }));
    const { root, draft } = await setup({ onInsert });
    await click(byRole(root, 'button', 'Insert into reply'));
    await settle();
    expect(onInsert).toHaveBeenCalledWith(draft().value);
    expect(byRole(root, 'status').textContent).toMatch(/^Inserted into your reply/);
  });

  it('Insert failure shows the problem in plain words and copies the draft', async () => {
    const onInsert = vi.fn(async () => ({ ok: false as const, problem: 'Couldn’t find Gmail’s reply box.' }));
    const { root, copy, draft } = await setup({ onInsert });
    await click(byRole(root, 'button', 'Insert into reply'));
    await settle();
    expect(copy).toHaveBeenCalledWith(draft().value, expect.anything());
    expect(byRole(root, 'status').textContent).toBe(
      'Couldn’t find Gmail’s reply box, so the draft is on your clipboard — paste it with Ctrl+V.',
    );
  });

  it('Insert that throws is treated as a failure, not thrown', async () => {
    const onInsert = vi.fn(async () => { throw new Error('The tab was closed'); });
    const { root } = await setup({ onInsert });
    await click(byRole(root, 'button', 'Insert into reply'));
    await settle();
    expect(byRole(root, 'status').textContent).toMatch(/^The tab was closed, so the draft is on your clipboard/);
  });

  it('has no Insert button without onInsert', async () => {
    const { root } = await setup();
    expect(allByRole(root, 'button', 'Insert into reply')).toHaveLength(0);
  });

  it('Copy copies the current text and says "Copied"', async () => {
    const onCopy = vi.fn();
    const { root, copy, draft } = await setup({ onCopy });
    await type(draft(), 'Edited text');
    await click(byRole(root, 'button', 'Copy'));
    await settle();
    expect(copy).toHaveBeenCalledWith('Edited text', expect.anything());
    expect(byRole(root, 'status').textContent).toBe('Copied');
    expect(onCopy).toHaveBeenCalledWith('Edited text');
  });

  it('Copy uses navigator.clipboard by default, and the execCommand fallback when it fails', async () => {
    const writeText = vi.fn(async () => { throw new Error('Document is not focused'); });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const exec = vi.fn((_cmd: string) => true);
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    const { root } = await setup({ copy: undefined });
    await click(byRole(root, 'button', 'Copy'));
    await settle();
    expect(writeText).toHaveBeenCalled();
    expect(exec).toHaveBeenCalledWith('copy');
    expect(byRole(root, 'status').textContent).toBe('Copied');
    expect(document.querySelectorAll('textarea')).toHaveLength(1); // the helper textarea is gone
  });

  it('when copying fails too, says so and selects the draft', async () => {
    const onInsert = vi.fn(async () => ({ ok: false as const, problem: 'No reply box' }));
    const { root } = await setup({ onInsert, copy: async () => false });
    await click(byRole(root, 'button', 'Insert into reply'));
    await settle();
    expect(byRole(root, 'status').textContent).toMatch(/^No reply box\. Copying didn’t work either/);
  });

  it('shows client errors as text instead of throwing', async () => {
    const client = fakeClient();
    client.failDraft = 'Tactful’s background service did not answer. Try reloading the page.';
    const m = await mount(<Composer client={client} email={null} analysis={null} settings={defaultSettings()} mode="popup" debounceMs={0} />);
    cleanup = m.unmount;
    await waitFor(() => !!m.root.querySelector('[role="alert"]'), 'error');
    expect(m.root.querySelector('[role="alert"]')?.textContent).toBe(
      'Couldn’t write a draft: Tactful’s background service did not answer. Try reloading the page.',
    );
  });

  it('uses the user’s own template first, then the built-in wording', async () => {
    const settings = { ...defaultSettings(), candidateName: 'Ada', templates: { 'decline/warm': ['Hello {contact_name}, no thanks from {candidate_name}. {mystery}'] } };
    const { root, draft } = await setup({ settings });
    expect(draft().value).toBe('Hello Maria Lopez, no thanks from Ada. {mystery}');
    await click(byRole(root, 'button', 'Another wording'));
    await waitFor(() => draft().value.startsWith('[decline/'), 'built-in');
  });

  it('renders hostile email text as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { root } = await setup({
      email: sampleEmail({ subject: evil, fromName: '<b>Eve</b>' }),
      analysis: sampleAnalysis({
        signals: [`subject says ${evil}`],
        fields: { ...sampleAnalysis().fields, company: evil, contactName: '<script>x()</script>' },
      }),
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain(evil);
    expect(root.textContent).toContain('<b>Eve</b>');
    expect(byRole<HTMLInputElement>(root, 'textbox', 'Company').value).toBe(evil);
  });

  it('every control has a label', async () => {
    const { root } = await setup({ onInsert: async () => ({ ok: true }) });
    await click(byRole(root, 'button', 'Reschedule'));
    for (const el of root.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      const named = el.getAttribute('aria-label') || (el.id && root.querySelector(`label[for="${el.id}"]`)) || el.textContent?.trim();
      expect(named, el.outerHTML).toBeTruthy();
    }
  });
});

describe('Panel', () => {
  it('is a dialog named "Tactful" with a Close button; Escape and Close call onClose', async () => {
    const onClose = vi.fn();
    const m = await mount(<Panel onClose={onClose}><p>inside</p></Panel>);
    cleanup = m.unmount;
    const dialog = byRole(m.root, 'dialog', 'Tactful');
    expect(document.activeElement).toBe(dialog);
    await click(byRole(m.root, 'button', 'Close'));
    expect(onClose).toHaveBeenCalledTimes(1);
    await act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps key presses from reaching the page (webmail shortcuts)', async () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const m = await mount(<Panel onClose={() => {}}><input type="text" aria-label="x" /></Panel>);
    cleanup = m.unmount;
    m.root.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('hosts the composer inside a shadow root', async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const { render } = await import('preact');
    const onClose = vi.fn();
    await act(() => render(
      <Panel onClose={onClose}><Composer client={fakeClient()} email={sampleEmail()} analysis={sampleAnalysis()} settings={defaultSettings()} mode="panel" debounceMs={0} /></Panel>,
      shadow as unknown as Element,
    ));
    await waitFor(() => (shadow.querySelector('textarea.tf-draft') as HTMLTextAreaElement | null)?.value !== '', 'draft in shadow');
    expect(shadow.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Tactful');
    await act(() => render(null, shadow as unknown as Element));
  });
});

describe('Composer details', () => {
  it('offers the late-reply apology, ticked when the invitation is over 48 hours old', async () => {
    const now = () => new Date('2026-05-02T09:00:00Z');
    const { root, client } = await setup({ now });
    const late = byRole<HTMLInputElement>(root, 'checkbox', 'Apologise for the late reply');
    expect(late.checked).toBe(false);
    expect(client.drafts.at(-1)?.vars.lateReply).toBe(false);
    await cleanup?.();
    const later = await setup({ now: () => new Date('2026-05-05T09:00:00Z') });
    expect(byRole<HTMLInputElement>(later.root, 'checkbox', 'Apologise for the late reply').checked).toBe(true);
    expect(later.client.drafts.at(-1)?.vars.lateReply).toBe(true);
  });

  it('shows a notice when given one', async () => {
    const { root } = await setup({ notice: 'Couldn’t open the reply, so here is the draft.' });
    expect(root.querySelector('[role="note"]')?.textContent).toBe('Couldn’t open the reply, so here is the draft.');
  });

  it('passes the reply language to the core and the checker', async () => {
    const { client } = await setup({ analysis: sampleAnalysis({ language: 'de' }) });
    expect(client.drafts.at(-1)?.language).toBe('de');
  });
});
