// @vitest-environment jsdom
// The panel made hidden ahead of the click (issue 18, src/frame/FramePanel.tsx): it drafts,
// but until it is shown it takes no focus, keeps nothing of the draft, refuses Insert, and
// drafts again when the settings change; shown, the keyboard lands on the reply type and
// what it held back is kept. In the browsers: tests/browser/panel-ready.test.ts.
import '../ui/i18n-setup';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FramePanel, type FramePanelProps } from '../../../src/frame/FramePanel';
import { defaultSettings } from '../../../src/shared/settings';
import type { SavedDraft } from '../../../src/shared/messages-panel';
import { byRole, click, fakeClient, sampleAnalysis, sampleEmail, stubResizeObserver, waitFor } from '../ui/helpers';

beforeAll(stubResizeObserver);

let root: HTMLElement | null = null;
afterEach(async () => {
  if (root) await act(() => render(null, root!));
  root?.remove();
  root = null;
});

async function hidden() {
  const kept: Array<{ draft: SavedDraft; edited: boolean }> = [];
  const inserted: string[] = [];
  let name = 'Sam Lee';
  let settingsChanged = () => {};
  const client = fakeClient();
  const props: FramePanelProps = {
    open: { type: 'panel/open', key: 'msg-1', email: sampleEmail(), analysis: sampleAnalysis(), hidden: true },
    shown: false,
    client,
    loadSettings: async () => ({ ...defaultSettings(), candidateName: name }),
    watchSettings: (cb) => (settingsChanged = cb),
    insert: async (text) => {
      inserted.push(text);
      return { ok: true };
    },
    keep: (draft, edited) => kept.push({ draft, edited }),
    close: () => {},
    reportHeight: () => {},
  };
  root = document.createElement('div');
  document.body.append(root);
  const draw = (p: FramePanelProps) => act(() => render(<FramePanel {...p} />, root!));
  await draw(props);
  const draft = () => root!.querySelector<HTMLTextAreaElement>('textarea.tf-draft')!;
  await waitFor(() => (draft()?.value ?? '') !== '', 'the draft');
  return {
    root,
    client,
    kept,
    inserted,
    draft,
    rename: (n: string) => (name = n),
    settingsChanged: () => settingsChanged(),
    show: () => draw({ ...props, shown: true }),
  };
}

describe('a panel made hidden ahead of the click', () => {
  it('drafts, takes no focus, keeps nothing and refuses Insert', async () => {
    const p = await hidden();
    expect(p.draft().value).toMatch(/\S/);
    expect(p.root.contains(document.activeElement)).toBe(false);
    await act(() => {
      p.draft().value = `My own words. ${p.draft().value}`;
      p.draft().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 50));
    await click(byRole(p.root, 'button', 'Insert into reply'));
    await waitFor(() => /nothing is inserted from a panel you have not seen/.test(p.root.textContent ?? ''), 'the refusal');
    expect(p.inserted).toEqual([]);
    expect(p.kept).toEqual([]);
  });

  it('drafts again with new settings while hidden', async () => {
    const p = await hidden();
    const before = p.client.drafts.length;
    p.rename('Alex Kim');
    await act(() => p.settingsChanged());
    await waitFor(() => p.client.drafts.length > before && JSON.stringify(p.client.drafts.at(-1)).includes('Alex Kim'), 'a draft with the new name');
  });

  it('shown: the keyboard lands on the reply type, and the edits it held back are kept', async () => {
    const p = await hidden();
    await act(() => {
      p.draft().value = `My own words. ${p.draft().value}`;
      p.draft().dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(p.kept).toEqual([]);
    await p.show();
    await waitFor(() => document.activeElement?.getAttribute('data-intent') === 'decline', 'focus on Decline');
    await waitFor(() => p.kept.length === 1, 'kept once');
    expect(p.kept[0]).toMatchObject({ edited: true, draft: { text: expect.stringContaining('My own words.') } });
    // Shown, settings changes no longer replace what the user sees.
    const before = p.client.drafts.length;
    p.rename('Alex Kim');
    await act(() => p.settingsChanged());
    await new Promise((r) => setTimeout(r, 300));
    expect(p.draft().value).toContain('My own words.');
    expect(p.client.drafts.length).toBe(before);
  });
});
