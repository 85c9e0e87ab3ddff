// @vitest-environment jsdom
// Webmail.subjectBox() (issue 16): where the open message's subject line is, so the panel docks
// below it. jsdom has no layout: each element's box is stubbed, keyed on what it is, so the test
// shows which element each adapter picks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmail } from '../../../../src/content/sites/gmail/adapter';
import { outlook } from '../../../../src/content/sites/outlook/adapter';
import { defineWebmail, type OpenMessage } from '../../../../src/content/sites/webmail';
import { GMAIL, OWA, loadFixture } from './fixture-dom';

type Win = ReturnType<typeof loadFixture>['window'];
const rect = (x: number, y: number, width: number, height: number) => ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height }) as DOMRect;

/** Stub the layout of the fixture's own window: `pick` gives an element's box (null: not laid out). */
function boxes(window: Win, pick: (el: Element) => DOMRect | null) {
  vi.spyOn(window.Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return pick(this) ?? rect(0, 0, 0, 0);
  });
}
afterEach(() => vi.restoreAllMocks());

describe('subjectBox', () => {
  it('Gmail: the conversation’s subject heading (h2.hP), also after Gmail re-rendered the conversation', () => {
    const { window, document, fixture } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    boxes(window, (el) => (el.matches('h2.hP') ? rect(328, 131, 940, 57) : null));
    const [m] = gmail.openMessages(document);
    expect(gmail.subjectBox(m!, document)).toMatchObject({ top: 131, bottom: 188, left: 328 });
    fixture.rerender();
    expect(gmail.subjectBox(m!, document)).toMatchObject({ top: 131, bottom: 188 });
  });

  it('Outlook: the reading pane’s subject heading (outside the messages)', () => {
    const { window, document } = loadFixture('outlook', `${OWA}/id/inv-slots`);
    const [m] = outlook.openMessages(document);
    expect(m, 'an open message').toBeDefined();
    // Every box inside the messages is laid out too: only the heading outside them is the subject.
    boxes(window, (el) => (el.matches('.subjectRow [role="heading"]') ? rect(638, 120, 600, 28) : el.closest('[data-app-section="ConversationContainer"]') ? rect(650, 400, 600, 20) : null));
    expect(outlook.subjectBox(m!, document)).toMatchObject({ top: 120, bottom: 148, left: 638 });
  });

  it('null when the subject is not found or not laid out (hidden), and never throws', () => {
    const { window, document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const [m] = gmail.openMessages(document);
    boxes(window, () => null); // nothing laid out
    expect(gmail.subjectBox(m!, document)).toBeNull();
    document.querySelector('h2.hP')!.remove();
    document.querySelectorAll('h2').forEach((h) => h.remove());
    boxes(window, () => rect(0, 0, 100, 20));
    expect(gmail.subjectBox(m!, document)).toBeNull();
    const message = { key: 'k', root: document.body } as OpenMessage;
    const throwing = defineWebmail({
      name: 'gmail', label: 'Gmail', openMessages: () => [], buttonSlot: () => null, replyControl: () => null, editors: () => [],
      owns: () => false, fresh: () => false, mutations: { relevant: '.m', controls: '.c', attribute: () => false },
      subject: () => {
        throw new Error('the page changed under us');
      },
    });
    expect(throwing.subjectBox(message, document)).toBeNull();
  });
});
