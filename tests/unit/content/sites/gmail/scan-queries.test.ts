// @vitest-environment jsdom
// Issue 18, per-switch CPU: a scan reads the conversation's root and subject once, however
// many messages are open (it read the root again for every open message). Counted, not
// timed: querySelectorAll calls per selector, on the large fixture's long thread.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { gmail } from '../../../../../src/content/sites/gmail/adapter';
import { GMAIL_SELECTORS as S } from '../../../../../src/content/sites/gmail/selectors';
import { GMAIL, loadFixture } from '../fixture-dom';

afterEach(() => vi.restoreAllMocks());

describe('one Gmail scan', () => {
  test('queries the main area and the subject once', () => {
    const { document, window } = loadFixture('gmail', `${GMAIL}#inbox/long-thread`, 'large');
    const calls = new Map<string, number>();
    for (const proto of [window.Element.prototype, window.Document.prototype, window.DocumentFragment.prototype]) {
      const orig = proto.querySelectorAll;
      vi.spyOn(proto, 'querySelectorAll').mockImplementation(function (this: ParentNode, sel: string) {
        calls.set(sel, (calls.get(sel) ?? 0) + 1);
        return orig.call(this, sel);
      } as typeof orig);
    }
    const open = gmail.openMessages(document);
    expect(open.length).toBeGreaterThan(0);
    expect(open[0]!.subject).not.toBe('');
    expect(calls.get(S.subject[0]!)).toBe(1);
    expect(calls.get(S.main[0]!)).toBe(1);
  });
});

describe('the mutation filter, run for every record the page makes', () => {
  test('an attribute change it does not care about costs no walk up the tree (our-node check last)', () => {
    const { document, window } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const target = document.querySelector('[data-message-id]')!.parentElement!;
    const record = { type: 'attributes', target, attributeName: 'aria-selected', addedNodes: [], removedNodes: [] } as unknown as MutationRecord;
    const closest = vi.spyOn(window.Element.prototype, 'closest');
    expect(gmail.isRelevantMutation(record)).toBe(false);
    expect(closest).not.toHaveBeenCalled();
    // A relevant one is still found (and checked for being ours).
    const idChange = { ...record, attributeName: 'data-message-id' } as unknown as MutationRecord;
    expect(gmail.isRelevantMutation(idChange)).toBe(true);
    expect(closest).toHaveBeenCalled();
  });
});
