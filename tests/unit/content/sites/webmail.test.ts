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
    openMessages: boom, buttonSlot: boom, replyControl: boom, editors: boom, owns: boom, fresh: boom,
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

  it('a throwing revealReply (Reply in a menu) becomes the plain Reply-not-found problem', async () => {
    const w = defineWebmail({ ...throwingSpec(), revealReply: () => Promise.reject(new Error('x')) });
    expect(await w.openReply(message, doc, 10)).toEqual({ problem: expect.stringMatching(/^Tactful could not find Gmail's Reply button/) });
  });

  it('the default openReply uses the editor that is already open when the adapter proves it is this message’s', async () => {
    const editor = doc.getElementById('e')!;
    const w = defineWebmail({ ...throwingSpec(), editors: () => [editor], owns: () => true });
    expect(await w.openReply(message, doc)).toBe(editor);
    expect(w.ownsEditor(message, editor, doc)).toBe(true);
  });
});

// Issue 12, "only into the reply of the message the user chose": an editor counts only if
// the adapter proves it is this message's reply, or it appeared after Tactful clicked this
// message's own Reply and nothing marks it as another's.
describe('defineWebmail: which editor openReply takes', () => {
  function page() {
    const doc = new JSDOM('<button id="reply"></button><div id="other" contenteditable="true">Dear boss</div>').window.document;
    const message: OpenMessage = { key: 'k', root: doc.body, subject: '', fromName: '', fromEmail: '', date: '', body: '' };
    const editors = () => Array.from(doc.querySelectorAll<HTMLElement>('[contenteditable="true"]'));
    return { doc, message, editors, other: doc.getElementById('other')!, reply: doc.getElementById('reply')! };
  }
  const spec = (p: ReturnType<typeof page>, fresh: (e: HTMLElement) => boolean = () => true): WebmailSpec => ({
    name: 'gmail', label: 'Gmail',
    openMessages: () => [p.message], buttonSlot: () => null, replyControl: () => p.reply,
    editors: p.editors, owns: () => false, fresh: (_m, e) => fresh(e),
    mutations: { relevant: '.m', controls: '.c', attribute: () => false },
  });

  it('never takes a compose that was open before the click and is not this message’s (it waits for this reply)', async () => {
    const p = page();
    p.reply.addEventListener('click', () => {
      const mine = p.doc.createElement('div');
      mine.id = 'mine';
      mine.setAttribute('contenteditable', 'true');
      p.doc.body.append(mine);
    });
    const w = defineWebmail(spec(p));
    expect(w.replyEditor(p.message, p.doc)).toBeNull(); // the other compose is not this reply
    const opened = await w.openReply(p.message, p.doc, 500);
    expect((opened as HTMLElement).id).toBe('mine');
    // Tactful opened it for this message: it is this message's reply from now on, and only this one's.
    expect(w.replyEditor(p.message, p.doc)?.id).toBe('mine');
    expect(w.ownsEditor({ ...p.message, key: 'another' }, opened as HTMLElement, p.doc)).toBe(false);
    expect(w.ownsEditor(p.message, p.other, p.doc)).toBe(false);
  });

  it('when the click opens nothing new, it says so and does not fall back to the compose already open', async () => {
    const p = page();
    const w = defineWebmail(spec(p));
    expect(await w.openReply(p.message, p.doc, 300)).toEqual({ problem: expect.stringMatching(/reply window did not open in time for this message/) });
  });

  it('an editor that appears after the click but is marked as another’s (fresh() false) is not taken', async () => {
    const p = page();
    p.reply.addEventListener('click', () => {
      const theirs = p.doc.createElement('div');
      theirs.className = 'another-thread';
      theirs.setAttribute('contenteditable', 'true');
      p.doc.body.append(theirs);
    });
    const w = defineWebmail(spec(p, (e) => !e.classList.contains('another-thread')));
    expect(await w.openReply(p.message, p.doc, 300)).toEqual({ problem: expect.any(String) });
  });

  it('the shared mutation filter: our own nodes and typing are ignored, rebuilt controls and relevant nodes count', () => {
    const doc = new JSDOM('<div class="c"><p class="m">x</p></div><div id="e" contenteditable="true"></div>').window.document;
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
