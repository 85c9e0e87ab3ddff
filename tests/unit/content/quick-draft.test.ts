// @vitest-environment happy-dom
// The right-click the context menu acts on: only the user's own (trusted) contextmenu counts,
// so a page script cannot steer which message the menu's panel opens on.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} })); // the panel's imports need no browser here
const { rightClicks } = await import('../../../src/content/quick-draft');

describe('rightClicks', () => {
  it('ignores a contextmenu event the page made up, and stops listening when told', () => {
    document.body.innerHTML = '<div id="m1">one</div><div id="m2">two</div>';
    const r = rightClicks(document);
    document.getElementById('m2')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    expect(r.last()).toBeNull();
    r.stop();
  });
});
