// @vitest-environment happy-dom
// What you see is what is sent (issue 12) in the composer: a click redrafts at once, Insert
// and Copy wait for the newest draft and send exactly the text the box then shows, one
// activation inserts once and a second Insert asks first, call notes are never inserted, the
// not-an-invitation line comes first; and the checker hears what the user typed (issue 13).
import '../i18n-setup';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Composer, type ComposerProps } from '../../../../src/ui/composer';
import { defaultSettings } from '../../../../src/shared/settings';
import type { InsertResult } from '../../../../src/shared/messages';
import type { DraftRequest, TactContext } from '../../../../src/shared/types';
import { byRole, click, fakeClient, mount, sampleAnalysis, sampleEmail, settle, type, waitFor } from '../helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
  document.body.innerHTML = '';
});

/** The fake core, answering each draft after `delayMs` (a worker round trip), recording every context. */
function slowClient(delayMs: number) {
  const base = fakeClient();
  const contexts: TactContext[] = [];
  const client = {
    ...base,
    async draft(request: DraftRequest, ctx: TactContext) {
      contexts.push(ctx);
      await new Promise((r) => setTimeout(r, delayMs));
      return base.draft(request, ctx);
    },
    async check(body: string, ctx: TactContext) {
      contexts.push(ctx);
      return base.check(body, ctx);
    },
  };
  return { client, base, contexts };
}

async function setup(over: Partial<ComposerProps> = {}, delayMs = 40) {
  const { client, base, contexts } = slowClient(delayMs);
  const inserted: string[] = [];
  const onInsert = vi.fn(async (text: string): Promise<InsertResult> => {
    inserted.push(text);
    await new Promise((r) => setTimeout(r, 30));
    return { ok: true };
  });
  const copy = vi.fn(async (_text: string) => true);
  const props: ComposerProps = {
    client,
    email: sampleEmail(),
    analysis: sampleAnalysis(),
    settings: { ...defaultSettings(), candidateName: 'Ada', signature: 'Ada\n+44 20 7946 0000' },
    mode: 'panel',
    onInsert,
    copy,
    debounceMs: 10_000, // typing debounce far away: a click must not wait for it
    ...over,
  };
  const m = await mount(<Composer {...props} />);
  cleanup = m.unmount;
  const draft = () => byRole<HTMLTextAreaElement>(m.root, 'textbox', 'Draft');
  await waitFor(() => draft().value !== '', 'first draft');
  const status = () => m.root.querySelector('[role="status"]')?.textContent ?? '';
  return { ...m, base, contexts, inserted, onInsert, copy, draft, status };
}

describe('the draft that is inserted is the draft that is shown', () => {
  it('a click on an intent, a tone or "Another wording" redrafts at once, not after the typing debounce', async () => {
    const { root, draft } = await setup();
    await click(byRole(root, 'button', 'Reschedule'));
    await waitFor(() => draft().value.startsWith('[reschedule/'), 'reschedule at once', 500);
    await click(byRole(root, 'button', 'Another wording'));
    await waitFor(() => draft().value.includes('/1]'), 'next wording at once', 500);
  });

  it('choose Reschedule, Insert with no wait: the reply gets the reschedule, exactly what the box then shows', async () => {
    const { root, draft, inserted, status } = await setup();
    expect(draft().value.startsWith('[decline/')).toBe(true);
    await click(byRole(root, 'button', 'Reschedule'));
    await click(byRole(root, 'button', 'Insert into reply'));
    expect(status()).toBe('Updating the draft…');
    await waitFor(() => status().startsWith('Inserted into your reply'), 'inserted');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toBe(draft().value);
    expect(inserted[0]!.startsWith('[reschedule/')).toBe(true);
  });

  it('typing in a field, then Insert at once: the typed value is drafted first (the debounce is cut short)', async () => {
    const { root, draft, inserted } = await setup();
    await type(byRole(root, 'textbox', 'Company'), 'Globex');
    await click(byRole(root, 'button', 'Insert into reply'));
    await waitFor(() => inserted.length === 1, 'inserted');
    expect(inserted[0]).toContain('Globex');
    expect(inserted[0]).toBe(draft().value);
  });

  it('while the draft is taken and inserted, the controls that change it are locked', async () => {
    const { root } = await setup();
    await click(byRole(root, 'button', 'Reschedule'));
    await click(byRole(root, 'button', 'Insert into reply'));
    expect(root.querySelector('fieldset.tf-lock')?.hasAttribute('disabled')).toBe(true);
    await waitFor(() => !root.querySelector('fieldset.tf-lock')?.hasAttribute('disabled'), 'unlocked');
  });

  it('when the new draft cannot be written, nothing is inserted, and it says so', async () => {
    const { root, base, inserted, status } = await setup();
    base.failDraft = 'core down';
    await click(byRole(root, 'button', 'Withdraw'));
    await click(byRole(root, 'button', 'Insert into reply'));
    await waitFor(() => status().includes('could not be written'), 'stale');
    expect(inserted).toEqual([]);
  });

  it('Copy waits for the newest draft too', async () => {
    const { root, draft, copy } = await setup();
    await click(byRole(root, 'button', 'Reschedule'));
    await click(byRole(root, 'button', 'Copy'));
    await waitFor(() => copy.mock.calls.length === 1, 'copied');
    expect(copy.mock.calls[0]![0]).toBe(draft().value);
    expect(copy.mock.calls[0]![0].startsWith('[reschedule/')).toBe(true);
  });

  it('the same in the popup (mode popup)', async () => {
    const { root, draft, inserted } = await setup({ mode: 'popup' });
    await click(byRole(root, 'button', 'Reschedule'));
    await click(byRole(root, 'button', 'Insert into reply'));
    await waitFor(() => inserted.length === 1, 'inserted');
    expect(inserted[0]).toBe(draft().value);
    expect(inserted[0]!.startsWith('[reschedule/')).toBe(true);
  });
});

describe('once per reply', () => {
  it('a double click inserts once, a triple click once', async () => {
    const { root, inserted, status } = await setup();
    const insert = byRole(root, 'button', 'Insert into reply');
    await click(insert);
    await click(insert);
    await click(insert);
    await waitFor(() => status().startsWith('Inserted into your reply'), 'inserted');
    await settle(60);
    expect(inserted).toHaveLength(1);
  });

  it('a second Insert asks first; "Don’t insert" leaves the reply alone, "Insert again" inserts', async () => {
    const { root, inserted, status } = await setup();
    await click(byRole(root, 'button', 'Insert into reply'));
    await waitFor(() => status().startsWith('Inserted into your reply'), 'inserted');
    await click(byRole(root, 'button', 'Insert into reply'));
    const ask = byRole(root, 'group', 'Insert again?');
    expect(ask.textContent).toContain('A draft is already in this reply.');
    await click(byRole(root, 'button', 'Insert into reply')); // asking: more presses do nothing
    await click(byRole(ask, 'button', 'Don’t insert'));
    expect(root.querySelector('[aria-label="Insert again?"]')).toBeNull();
    await settle(60);
    expect(inserted).toHaveLength(1);
    await click(byRole(root, 'button', 'Insert into reply'));
    await click(byRole(byRole(root, 'group', 'Insert again?'), 'button', 'Insert again'));
    await waitFor(() => inserted.length === 2, 'second insert');
  });

  it('a failed insert counts for nothing: the next Insert does not ask', async () => {
    const { root, onInsert } = await setup();
    onInsert.mockResolvedValueOnce({ ok: false, problem: 'No reply box' });
    await click(byRole(root, 'button', 'Insert into reply'));
    await waitFor(() => onInsert.mock.calls.length === 1, 'first');
    await settle(20);
    await click(byRole(root, 'button', 'Insert into reply'));
    await waitFor(() => onInsert.mock.calls.length === 2, 'second, without asking');
  });
});

describe('call notes', () => {
  it('get Copy, never Insert: Insert stays, disabled, and the note says why', async () => {
    const { root, draft, inserted, copy } = await setup();
    await click(byRole(root, 'button', 'Call notes'));
    await waitFor(() => draft().value.startsWith('[call_points/'), 'call notes');
    const insert = byRole<HTMLButtonElement>(root, 'button', 'Insert into reply');
    expect(insert.disabled).toBe(true);
    const note = root.querySelector(`#${CSS.escape(insert.getAttribute('aria-describedby') ?? '')}`);
    expect(note?.textContent).toBe('Call notes are for you, not for the recruiter: copy them into your own notes.');
    insert.disabled = false; // even forced, it does not insert
    await click(insert);
    await settle(100);
    expect(inserted).toEqual([]);
    await click(byRole(root, 'button', 'Copy'));
    await waitFor(() => copy.mock.calls.length === 1, 'copied');
    expect(byRole(root, 'button', 'Copy').className).toBe('tf-primary');
  });
});

describe('not an invitation: said first', () => {
  it('the verdict is the first thing in the composer, before whom it replies to', async () => {
    const { root } = await setup({ analysis: sampleAnalysis({ invitation: false }) });
    const first = root.querySelector('.tf-composer')?.firstElementChild;
    expect(first?.textContent).toBe('This doesn’t look like an interview invitation — you can still draft a reply.');
    expect(first?.getAttribute('role')).toBe('note');
  });

  it('unsure (the button shows though the verdict is no): says Tactful is not sure, first', async () => {
    const { root } = await setup({ analysis: sampleAnalysis({ invitation: false, unsure: true, button: true }) });
    expect(root.querySelector('.tf-composer')?.firstElementChild?.textContent).toBe(
      'Tactful isn’t sure this is an interview invitation — read the draft closely before you use it.',
    );
  });

  it('an invitation keeps its verdict after the reply line', async () => {
    const { root } = await setup();
    expect(root.querySelector('.tf-composer')?.firstElementChild?.className).toBe('tf-context');
  });
});

describe('the checker hears what the user typed', () => {
  it('drafts carry the name, signature and changed fields, never the email’s own values', async () => {
    const analysis = sampleAnalysis({ fields: { ...sampleAnalysis().fields, role: 'Analyst see https://evil.example/login' } });
    const { root, contexts } = await setup({ analysis, debounceMs: 0 });
    const first = contexts.at(-1)!;
    expect(first.typed).toEqual(['Ada', 'Ada\n+44 20 7946 0000', 'Ada']);
    await type(byRole(root, 'textbox', 'Role'), 'Analyst see https://evil.example/login, my page https://ada.example');
    await waitFor(() => (contexts.at(-1)?.typed ?? []).some((s) => s.includes('ada.example')), 'typed role');
    expect(contexts.at(-1)!.typed).toContain(', my page https://ada.example');
  });

  it('a check of the edited box carries what was typed into it, not the generated text around it', async () => {
    const { draft, contexts } = await setup({ debounceMs: 0 });
    const generated = draft().value;
    await type(draft(), `${generated}\nSee https://ada.example/cv`);
    await waitFor(() => contexts.at(-1)?.typed?.some((s) => s.includes('ada.example')) ?? false, 'typed run');
    const typed = contexts.at(-1)!.typed!;
    expect(typed).toContain('\nSee https://ada.example/cv');
    expect(typed.join('\n')).not.toContain(generated);
  });
});
