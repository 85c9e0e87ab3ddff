// @vitest-environment jsdom
// The framed panel after Insert (issue 16, src/frame/FramePanel.tsx + src/ui/composer/Panel.tsx):
// a successful Insert folds it to a bar — what happened, Show draft, Close — and tells the
// content script so (reportHeight(…, folded)), with the keyboard on Show draft; Show draft
// brings the same draft back; Escape on the bar closes; a failed Insert does not fold; axe
// finds nothing on the bar. Where the bar goes on the page: tests/browser/panel-place.test.ts.
import '../ui/i18n-setup';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { violations } from '../ui/axe';
import { FramePanel } from '../../../src/frame/FramePanel';
import { defaultSettings } from '../../../src/shared/settings';
import type { InsertResult } from '../../../src/shared/messages';
import { byRole, click, fakeClient, mount, sampleAnalysis, sampleEmail, stubResizeObserver, waitFor } from '../ui/helpers';

beforeAll(stubResizeObserver);

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});


async function framed(result: InsertResult) {
  const sizes: { px: number; folded: boolean }[] = [];
  let closed = 0;
  const inserted: string[] = [];
  const m = await mount(
    <FramePanel
      open={{ type: 'panel/open', key: 'msg-1', email: sampleEmail(), analysis: sampleAnalysis() }}
      client={fakeClient()}
      loadSettings={async () => ({ ...defaultSettings(), candidateName: 'Sam Lee' })}
      insert={async (text) => {
        inserted.push(text);
        return result;
      }}
      keep={() => {}}
      close={() => closed++}
      reportHeight={(px, folded) => sizes.push({ px, folded })}
    />,
  );
  cleanup = m.unmount;
  const draft = () => m.root.querySelector<HTMLTextAreaElement>('textarea.tf-draft');
  await waitFor(() => (draft()?.value ?? '') !== '', 'draft');
  return { ...m, sizes, inserted, draft: draft as () => HTMLTextAreaElement, closed: () => closed };
}

const body = (root: HTMLElement) => root.querySelector<HTMLElement>('.tf-body')!;

describe('the panel after Insert', () => {
  it('folds to a bar that says what happened, with the keyboard on Show draft; Show draft brings the same draft back; Escape closes', async () => {
    const p = await framed({ ok: true });
    const text = p.draft().value;
    expect(p.sizes.at(-1)?.folded).toBe(false);
    await click(byRole(p.root, 'button', 'Insert into reply'));
    await waitFor(() => p.root.querySelector('.tf-folded') !== null, 'the bar', 3000);
    expect(p.inserted).toEqual([text]);
    expect(body(p.root).hidden).toBe(true);
    const show = byRole<HTMLButtonElement>(p.root, 'button', 'Show draft');
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => document.activeElement === show, 'the keyboard on Show draft');
    const bar = p.root.querySelector('.tf-header [role="status"]');
    expect(bar?.textContent).toMatch(/^Inserted into your reply\. Read it over/);
    await waitFor(() => p.sizes.at(-1)?.folded === true, 'the content script told');
    expect(await violations(p.root)).toEqual([]);

    await click(show);
    expect(body(p.root).hidden).toBe(false);
    expect(p.draft().value).toBe(text);
    const hide = byRole<HTMLButtonElement>(p.root, 'button', 'Hide draft');
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => p.sizes.at(-1)?.folded === false, 'unfolded told');
    expect(await violations(p.root)).toEqual([]);

    await click(hide);
    expect(body(p.root).hidden).toBe(true);
    await act(() => {
      byRole(p.root, 'button', 'Show draft').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(p.closed()).toBe(1);
  });

  it('does not fold while the user goes on in the panel (they clicked into the draft meanwhile)', async () => {
    const p = await framed({ ok: true });
    await click(byRole(p.root, 'button', 'Insert into reply'));
    await waitFor(() => /Inserted into your reply/.test(p.root.textContent ?? ''), 'inserted');
    await act(() => p.draft().focus());
    await new Promise((r) => setTimeout(r, 1000));
    expect(p.root.querySelector('.tf-folded')).toBeNull();
    expect(body(p.root).hidden).toBe(false);
  });

  it('a failed Insert does not fold: the draft and the problem stay in view', async () => {
    const p = await framed({ ok: false, problem: 'Gmail’s reply window did not open' });
    await click(byRole(p.root, 'button', 'Insert into reply'));
    await waitFor(() => /did not open/.test(p.root.textContent ?? ''), 'the problem');
    await new Promise((r) => setTimeout(r, 1000));
    expect(p.root.querySelector('.tf-folded')).toBeNull();
    expect(body(p.root).hidden).toBe(false);
    expect(p.root.textContent).not.toMatch(/Show draft/);
  });
});
