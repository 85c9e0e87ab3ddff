// @vitest-environment happy-dom
// Issue 16: the defaults are settable in Options, and a fresh install assumes no reason.
import '../ui/i18n-setup';
import { afterEach, describe, expect, it } from 'vitest';
import { Options, type OptionsDeps } from '../../../src/options/Options';
import { LOCAL_KEY, type Settings } from '../../../src/shared/settings';
import { fakeAreas } from '../shared/settings/fake-area';
import { allByRole, byRole, choose, fakeClient, mount, waitFor } from '../ui/helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
  document.body.innerHTML = '';
});

describe('the default reason in Options', () => {
  it('a fresh install shows “No reason given” first and chosen; another choice is saved', async () => {
    const area = fakeAreas();
    const deps: OptionsDeps = { client: fakeClient(), areas: area, debounceMs: 10 };
    const m = await mount(<Options deps={deps} />);
    cleanup = m.unmount;
    await waitFor(() => allByRole(m.root, 'textbox', 'Your name (signs your replies)').length === 1, 'loaded');
    const select = byRole<HTMLSelectElement>(m.root, 'combobox', 'Default reason');
    expect(select.value).toBe('no_reason');
    expect(select.options[0]?.value).toBe('no_reason');
    expect(select.options[0]?.textContent).toBe('No reason given');
    await choose(select, 'not_a_fit');
    const stored = () => (area.local.data.get(LOCAL_KEY) as { settings: Settings } | undefined)?.settings;
    await waitFor(() => stored()?.defaultReason === 'not_a_fit', 'saved', 3000);
  });
});
