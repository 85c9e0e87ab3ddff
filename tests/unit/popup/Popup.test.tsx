// @vitest-environment happy-dom
import '../ui/i18n-setup'; // chrome.i18n over messages.json: English names, as in the extension
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupDeps } from '../../../src/popup/Popup';
import { parseInsertReply, parseTabMessage } from '../../../src/popup/tab';
import { defaultSettings } from '../../../src/shared/settings';
import type { TabRequest } from '../../../src/shared/messages';
import { allByRole, byRole, click, fakeClient, mount, sampleAnalysis, sampleEmail, type, waitFor } from '../ui/helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

function deps(over: Partial<PopupDeps> = {}): PopupDeps & { sent: TabRequest[] } {
  const sent: TabRequest[] = [];
  return {
    sent,
    client: fakeClient(),
    loadSettings: async () => ({ settings: { ...defaultSettings(), candidateName: 'Ada' }, problems: [] }),
    activeTabId: async () => 7,
    sendToTab: async (_id, msg) => {
      sent.push(msg);
      if (msg.type === 'tab/get-message') return { ok: true, value: { email: sampleEmail(), analysis: sampleAnalysis() } };
      if (msg.type === 'tab/insert') return { ok: true, value: { ok: false, problem: 'Couldn’t find Gmail’s reply box.' } };
      return undefined;
    },
    openOptions: vi.fn(),
    copy: vi.fn(async () => true),
    debounceMs: 0,
    ...over,
  };
}

describe('Popup', () => {
  it('renders the shell at once, then the composer for the open message', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const d = deps({ activeTabId: async () => { await gate; return 7; } });
    const m = await mount(<Popup deps={d} />);
    cleanup = m.unmount;
    expect(m.root.querySelector('h1')?.textContent).toBe('Tactful');
    expect(m.root.textContent).toContain('Looking at this tab…');
    release();
    await waitFor(() => !!m.root.querySelector('textarea.tf-draft') && (m.root.querySelector<HTMLTextAreaElement>('textarea.tf-draft')!.value !== ''), 'composer');
    expect(d.sent[0]).toEqual({ type: 'tab/get-message' });
    expect(byRole<HTMLInputElement>(m.root, 'textbox', 'Company').value).toBe('Acme');
  });

  it('Insert goes to the tab; a failure copies and says so', async () => {
    const d = deps();
    const m = await mount(<Popup deps={d} />);
    cleanup = m.unmount;
    await waitFor(() => allByRole(m.root, 'button', 'Insert into reply').length === 1 && !byRole<HTMLButtonElement>(m.root, 'button', 'Insert into reply').disabled, 'insert button');
    await click(byRole(m.root, 'button', 'Insert into reply'));
    await waitFor(() => (byRole(m.root, 'status').textContent ?? '').includes('clipboard'), 'status');
    expect(d.sent[1]).toMatchObject({ type: 'tab/insert' });
    expect(d.copy).toHaveBeenCalled();
    expect(byRole(m.root, 'status').textContent).toBe('Couldn’t find Gmail’s reply box, so the draft is on your clipboard — paste it with Ctrl+V.');
  });

  it('falls back to manual mode when no content script answers', async () => {
    const client = fakeClient();
    const d = deps({ client, sendToTab: async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); } });
    const m = await mount(<Popup deps={d} />);
    cleanup = m.unmount;
    await waitFor(() => allByRole(m.root, 'textbox', 'Paste the invitation').length === 1, 'manual mode');
    expect(m.root.textContent).toContain('This tab isn’t Gmail or Outlook on the web');
    expect(allByRole(m.root, 'button', 'Insert into reply')).toHaveLength(0);
    expect(allByRole(m.root, 'button', 'Copy')).toHaveLength(1);
    await type(byRole(m.root, 'textbox', 'Paste the invitation'), 'We would like to invite you to an interview.');
    await waitFor(() => client.analyses.length === 1, 'analyse');
    await waitFor(() => byRole<HTMLInputElement>(m.root, 'textbox', 'Company').value === 'Acme', 'fields from pasted text');
  });

  it('falls back to manual mode when no message is open', async () => {
    const d = deps({ sendToTab: async () => ({ ok: true, value: null }) });
    const m = await mount(<Popup deps={d} />);
    cleanup = m.unmount;
    await waitFor(() => (m.root.textContent ?? '').includes('No message is open in this tab.'), 'manual');
    // Fill by hand.
    await type(byRole(m.root, 'textbox', 'Contact name'), 'Sam');
    await waitFor(() => byRole<HTMLTextAreaElement>(m.root, 'textbox', 'Draft').value.includes('Dear Sam'), 'hand-filled draft');
  });

  it('Options opens the options page', async () => {
    const d = deps();
    const m = await mount(<Popup deps={d} />);
    cleanup = m.unmount;
    await click(byRole(m.root, 'button', 'Options'));
    expect(d.openOptions).toHaveBeenCalled();
  });
});

describe('tab replies', () => {
  it('accepts Reply<T> and bare values, rejects bad shapes', () => {
    const email = sampleEmail();
    expect(parseTabMessage({ ok: true, value: { email, analysis: sampleAnalysis() } })?.email).toEqual(email);
    expect(parseTabMessage({ email, analysis: { invitation: 'yes' } })).toEqual({ email, analysis: null });
    expect(parseTabMessage({ ok: false, error: 'x' })).toBeNull();
    expect(parseTabMessage({ email: { subject: 1 } })).toBeNull();
    expect(parseInsertReply({ ok: true, how: 'insertText' })).toEqual({ ok: true });
    expect(parseInsertReply({ ok: true, value: { ok: true, how: 'paste' } })).toEqual({ ok: true });
    expect(parseInsertReply({ ok: false, error: 'No editor' })).toEqual({ ok: false, problem: 'No editor' });
    expect(parseInsertReply(undefined)).toMatchObject({ ok: false });
    // The content script's actual answers (src/content/app.ts).
    expect(parseTabMessage({ ok: true, value: null })).toBeNull();
    expect(parseInsertReply({ ok: true, value: 'inserted' })).toEqual({ ok: true });
    expect(parseInsertReply({ ok: false, error: 'No message is open in this tab.' })).toEqual({ ok: false, problem: 'No message is open in this tab.' });
  });
});
