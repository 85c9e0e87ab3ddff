// @vitest-environment jsdom
// defineWebmail(): the never-throw contract, the default openReply and insert, and the
// shared mutation filter, given once to every adapter.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { defineWebmail, type OpenMessage, type WebmailSpec } from '../../../../src/content/sites/webmail';

const boom = (): never => {
  throw new Error('the page changed under us');
};

function throwingSpec(): WebmailSpec {
  return {
    name: 'gmail', label: 'Gmail',
    openMessages: boom, buttonSlot: boom, replyControl: boom, replyEditor: boom,
    insert: boom,
    mutations: { relevant: '.m', controls: '.c', attribute: boom },
  };
}

describe('defineWebmail', () => {
  const doc = new JSDOM('<div class="c"><p class="m">x</p></div><div id="e" contenteditable="true"></div>').window.document;
  const message: OpenMessage = { key: 'k', root: doc.body, subject: '', fromName: '', fromEmail: '', date: '', body: '' };

  it('turns every throw of an adapter into "nothing found" or a plain-words problem', async () => {
    const w = defineWebmail(throwingSpec());
    expect(w.openMessages(doc)).toEqual([]);
    expect(w.buttonSlot(message)).toBeNull();
    expect(w.replyControl(message)).toBeNull();
    expect(w.replyEditor(message, doc)).toBeNull();
    expect(w.insert(doc.getElementById('e')!, 'Hello')).toMatchObject({ ok: false, problem: expect.stringMatching(/Copy the draft/) });
    const record = { type: 'attributes', target: doc.body, attributeName: 'class' } as unknown as MutationRecord;
    expect(w.isRelevantMutation(record)).toBe(false);
    // The default openReply finds no editor and no Reply control (both threw): a plain problem, no throw.
    expect(await w.openReply(message, doc, 10)).toEqual({ problem: expect.stringMatching(/^Tactful could not find Gmail's Reply button/) });
  });

  it('a throwing openReply of the adapter’s own becomes a plain problem too', async () => {
    const w = defineWebmail({ ...throwingSpec(), openReply: () => Promise.reject(new Error('x')) });
    expect(await w.openReply(message, doc)).toEqual({ problem: expect.stringMatching(/^Gmail's reply window did not open/) });
  });

  it('the default openReply uses the editor that is already open', async () => {
    const editor = doc.getElementById('e')!;
    const w = defineWebmail({ ...throwingSpec(), replyEditor: () => editor });
    expect(await w.openReply(message, doc)).toBe(editor);
  });

  it('the shared mutation filter: our own nodes and typing are ignored, rebuilt controls and relevant nodes count', () => {
    const w = defineWebmail({ ...throwingSpec(), mutations: { relevant: '.m', controls: '.c', attribute: (_t, name) => name === 'data-x' } });
    const c = doc.querySelector<HTMLElement>('.c')!;
    const p = doc.createElement('p');
    const own = doc.createElement('span');
    own.setAttribute('data-tactful', '');
    const list = (...nodes: Node[]) => nodes as unknown as NodeList;
    const child = (target: Node, added: Node[]) => ({ type: 'childList', target, addedNodes: list(...added), removedNodes: list() }) as unknown as MutationRecord;
    expect(w.isRelevantMutation(child(c, [p]))).toBe(true); // inside the controls
    expect(w.isRelevantMutation(child(c, [own]))).toBe(false); // only our own node
    expect(w.isRelevantMutation(child(doc.getElementById('e')!, [p]))).toBe(false); // typing in an editor
    const m = doc.createElement('p');
    m.className = 'm';
    expect(w.isRelevantMutation(child(doc.body, [m]))).toBe(true);
    expect(w.isRelevantMutation(child(doc.body, [p]))).toBe(false);
    expect(w.isRelevantMutation({ type: 'attributes', target: c, attributeName: 'data-x' } as unknown as MutationRecord)).toBe(true);
    expect(w.isRelevantMutation({ type: 'characterData', target: c } as unknown as MutationRecord)).toBe(false);
  });
});
