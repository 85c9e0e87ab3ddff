// @vitest-environment jsdom
// The adapters must never throw into the page: empty, odd or hostile documents give [] / null.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { gmail } from '../../../../src/content/sites/gmail/adapter';
import { outlook } from '../../../../src/content/sites/outlook/adapter';
import type { OpenMessage } from '../../../../src/content/sites/webmail';

const WEIRD = [
  '',
  '<p>plain page</p>',
  '<div data-message-id=""></div><div class="adn" data-message-id="#msg-f:1"></div>',
  '<div class="h7"><div class="adn" data-message-id="#msg-f:2"><span email></span><div class="a3s"></div></div></div>',
  '<div id="UniqueMessageBody_1"></div>',
  '<div id="UniqueMessageBody"><span aria-label="From: "></span></div><span role="heading"></span>',
  '<table><tr><td class="acX"><div role="button"></div></td></tr></table><div class="M9"><div g_editable="true" contenteditable="true"></div></div>',
  '<svg><foreignObject><div class="adn" data-message-id="x"></div></foreignObject></svg>',
];

describe('openMessages never throws', () => {
  for (const adapter of [gmail, outlook]) {
    it(`${adapter.name}: empty and weird documents`, () => {
      for (const html of WEIRD) {
        const doc = new JSDOM(html).window.document;
        const run = () => adapter.openMessages(doc);
        expect(run).not.toThrow();
        const messages = run();
        expect(Array.isArray(messages)).toBe(true);
        for (const m of messages) {
          expect(() => adapter.buttonSlot(m)).not.toThrow();
          expect(() => adapter.replyControl(m)).not.toThrow();
          expect(() => adapter.replyEditor(m, doc)).not.toThrow();
        }
      }
    });

    it(`${adapter.name}: a document whose queries throw`, () => {
      const hostile = {
        querySelector() { throw new Error('boom'); },
        querySelectorAll() { throw new Error('boom'); },
      } as unknown as Document;
      expect(adapter.openMessages(hostile)).toEqual([]);
      expect(adapter.diagnose(hostile)).toEqual([]);
    });

    it(`${adapter.name}: a message whose root was removed`, async () => {
      const doc = new JSDOM('<p></p>').window.document;
      const ghost: OpenMessage = { key: 'gone', root: doc.createElement('div'), subject: '', fromName: '', fromEmail: '', date: '', body: '' };
      expect(adapter.buttonSlot(ghost)).toBeNull();
      expect(adapter.replyControl(ghost)).toBeNull();
      expect(adapter.replyEditor(ghost, doc)).toBeNull();
      expect(await adapter.openReply(ghost, doc, 50)).toEqual({ problem: expect.any(String) });
    });

    it(`${adapter.name}: isRelevantMutation tolerates odd records`, () => {
      const doc = new JSDOM('<p></p>').window.document;
      const text = doc.createTextNode('x');
      const odd = [
        { type: 'characterData', target: text, addedNodes: [], removedNodes: [] },
        { type: 'childList', target: doc, addedNodes: [text], removedNodes: [] },
        { type: 'attributes', target: doc.body, attributeName: null, addedNodes: [], removedNodes: [] },
      ] as unknown as MutationRecord[];
      for (const r of odd) expect(adapter.isRelevantMutation(r)).toBe(false);
    });
  }
});
