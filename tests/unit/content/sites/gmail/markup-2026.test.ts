// @vitest-environment jsdom
// Issue 12, "hold on today's real markup": each Gmail hook on the fixture variants of the
// 2025–26 markup (research: /work/notes/markup-2026.md §3, G1–G9), found by at least two
// independent strategies (structure and ARIA first, class names last, labels last of all),
// and what happens when the hook is missing.
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../../../src/content/sites/gmail/adapter';
import type { OpenMessage } from '../../../../../src/content/sites/webmail';
import { GMAIL, loadFixture } from '../fixture-dom';

/** inv-slots has three messages: expand the first collapsed one, so a middle message is open too. */
function withMiddle(query: string) {
  const f = loadFixture('gmail', `${GMAIL}?${query}#inbox/inv-slots`);
  (f.document.querySelector('.kv .adn') as HTMLElement).click();
  const [middle, last] = gmail.openMessages(f.document) as [OpenMessage, OpenMessage];
  return { ...f, middle, last };
}
const rmOf = (editor: HTMLElement) => editor.closest('.M9, [class*="M9-"], .fixture-I5-table')!.querySelector<HTMLInputElement>('input[name="rm"]')?.value
  ?? editor.ownerDocument.querySelector<HTMLInputElement>('input[name="rm"]')!.value;

describe('G1/G2: the header Reply is a native <button> (no role, no data-tooltip), in a UI language no list knows', () => {
  for (const ctl of ['native', 'renamed']) {
    it(`${ctl}: Reply is found for a middle message by structure, never the reaction or More`, async () => {
      const { document, middle, last } = withMiddle(`replyctl=${ctl}&ui=el`);
      const reply = gmail.replyControl(middle)!;
      expect(reply.tagName).toBe('BUTTON');
      expect(reply.getAttribute('aria-label')).toBe('Απάντηση');
      expect(reply.hasAttribute('role')).toBe(false);
      expect(middle.root.contains(reply)).toBe(true);
      // The middle message's own Reply opens a reply whose rm names it, and only it owns that reply.
      const editor = (await gmail.openReply(middle, document, 1000)) as HTMLElement;
      expect(editor.matches?.('[g_editable="true"]')).toBe(true);
      expect(rmOf(editor)).toBe(middle.root.getAttribute('data-message-id'));
      expect(gmail.replyEditor(middle, document)).toBe(editor);
      expect(gmail.replyEditor(last, document)).toBeNull(); // it sits under the last message, but rm says otherwise
    });
  }
  it('old code required [role=button]: with the class renamed and the label unknown, only the structure finds Reply', () => {
    const { middle } = withMiddle('replyctl=renamed&ui=el');
    expect(gmail.replyControl(middle)?.getAttribute('data-fixture-reply-click')).toBeTruthy();
  });
  it('a disabled or menu-opening control is never Reply, even when it comes first', () => {
    const { document, middle } = withMiddle('replyctl=renamed&ui=el');
    const cell = middle.root.querySelector('td.acX')!;
    const more = cell.querySelector('[aria-haspopup]')!;
    cell.prepend(more); // More first
    expect(gmail.replyControl(middle)?.getAttribute('aria-label')).toBe('Απάντηση');
    cell.querySelector('[data-fixture-reply-click]')!.remove();
    // No Reply in the header any more: the last fallback (labels) knows no Greek; the More menu remains (openReply).
    expect(gmail.replyControl(middle)).toBeNull();
    expect(document.querySelector('.R1Zuwf, [disabled]')).not.toBeNull();
  });
});

describe('G4: Reply only in the More menu (li[data-action-type="94"])', () => {
  it('opens the reply of a middle message through its own More menu', async () => {
    const { document, middle } = withMiddle('replyctl=native&more=menu');
    expect(gmail.replyControl(middle)).toBeNull();
    const editor = (await gmail.openReply(middle, document, 2000)) as HTMLElement;
    expect('problem' in editor, JSON.stringify(editor)).toBe(false);
    expect(rmOf(editor)).toBe(middle.root.getAttribute('data-message-id'));
    expect(document.querySelector('[data-fixture-more][aria-expanded="true"]')).toBeNull(); // the menu closed
  });
  it('with no More either, it says in plain words that Reply was not found', async () => {
    const { document, middle } = withMiddle('replyctl=native&more=menu');
    middle.root.querySelector('[data-fixture-more]')!.remove();
    expect(await gmail.openReply(middle, document, 300)).toEqual({ problem: expect.stringMatching(/could not find Gmail's Reply button for this message/) });
  });
});

describe('G5: the bottom row in a sticky footer, rendered late, with hidden and in-table duplicates', () => {
  async function sticky() {
    const f = loadFixture('gmail', `${GMAIL}?footer=sticky#inbox/inv-greenhouse`);
    await new Promise((r) => setTimeout(r, 350));
    const m = gmail.openMessages(f.document)[0]!;
    m.root.querySelector('td.acX')!.remove(); // only the bottom row can reply now
    return { ...f, m };
  }
  it('takes the visible footer row, not the hidden one nor the stale in-table duplicate beside the message', async () => {
    const { document, m } = await sticky();
    expect(document.querySelectorAll('.amn')).toHaveLength(3);
    expect(gmail.buttonSlot(m)?.container.matches('.fixture-footer-row')).toBe(true);
    expect(gmail.replyControl(m)?.closest('.fixture-footer-row')).not.toBeNull();
    const editor = (await gmail.openReply(m, document, 1000)) as HTMLElement;
    expect('problem' in editor).toBe(false);
    expect(gmail.replyEditor(m, document)).toBe(editor);
  });
  it('two visible footer rows: ambiguous, so none is guessed', async () => {
    const { document, m } = await sticky();
    const row = document.querySelector('.fixture-footer-row')!;
    row.parentElement!.append(row.cloneNode(true));
    expect(gmail.replyControl(m)).toBeNull();
  });
  it('the footer replies to the latest message only', () => {
    const { document, middle } = withMiddle('footer=sticky');
    middle.root.querySelector('td.acX')!.remove();
    expect(gmail.replyControl(middle)).toBeNull();
    expect(document.querySelector('.btDi4d')).toBeNull(); // not rendered yet either
  });
});

describe('G7/G8 and A/B class names: the compose is recognised without .M9 around its inputs', () => {
  for (const query of ['compose=wrapped', 'compose=formout', 'classes=ab', 'classes=ab&compose=formout']) {
    it(`${query}: the reply opened for this message is its reply`, async () => {
      const { document } = loadFixture('gmail', `${GMAIL}?${query}#inbox/inv-greenhouse`);
      const m = gmail.openMessages(document)[0]!;
      const editor = (await gmail.openReply(m, document, 1000)) as HTMLElement;
      expect('problem' in editor, JSON.stringify(editor)).toBe(false);
      if (query.includes('classes=ab')) expect(document.querySelector('.M9')).toBeNull();
      if (query.includes('formout')) expect(editor.closest('[class^="M9"]')!.querySelector('input[name="composeid"]')).toBeNull();
      // Proved by structure and inputs (not only because Tactful opened it): a fresh adapter view agrees.
      const again = gmail.openMessages(document)[0]!;
      expect(gmail.replyEditor({ ...again }, document)).toBe(editor);
    });
  }
  it('the inputs beside the editor are required: a contenteditable with no compose inputs around it is no reply', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = gmail.openMessages(document)[0]!;
    const fake = document.createElement('div');
    fake.setAttribute('g_editable', 'true');
    fake.setAttribute('contenteditable', 'true');
    m.root.after(fake);
    expect(gmail.replyEditor(m, document)).toBeNull();
  });
});

describe('G9: another compose is never this message’s reply', () => {
  for (const other of ['mole', 'popout']) {
    it(`other=${other}: not owned before, not taken after the click, refused at insert time`, async () => {
      const { document } = loadFixture('gmail', `${GMAIL}?other=${other}#inbox/inv-greenhouse`);
      const m = gmail.openMessages(document)[0]!;
      const theirs = document.getElementById('fixture-other-editor')!;
      expect(gmail.replyEditor(m, document)).toBeNull();
      expect(gmail.ownsEditor(m, theirs, document)).toBe(false);
      const mine = (await gmail.openReply(m, document, 1000)) as HTMLElement;
      expect(mine).not.toBe(theirs);
      expect(gmail.ownsEditor(m, mine, document)).toBe(true);
      expect(gmail.ownsEditor(m, theirs, document)).toBe(false);
    });
  }
});

describe('G10: data-thread-perm-id "undefined"', () => {
  it('the thread is keyed on data-legacy-thread-id (lts matches it)', async () => {
    const { document } = loadFixture('gmail', `${GMAIL}?compose=popout#inbox/inv-greenhouse`);
    document.querySelector('h2.hP')!.setAttribute('data-thread-perm-id', 'undefined');
    const m = gmail.openMessages(document)[0]!;
    const editor = (await gmail.openReply(m, document, 1000)) as HTMLElement;
    expect(gmail.ownsEditor(m, editor, document)).toBe(true);
    // Another thread's lts in the same pop-out: not this reply.
    document.querySelector<HTMLInputElement>('[role="dialog"] input[name="lts"]')!.setAttribute('value', 'ffff0000');
    expect(gmail.ownsEditor(m, editor, document)).toBe(false);
  });
});

describe('a missing hook is named in plain words (Webmail.diagnose)', () => {
  it('all in place: nothing to report; the inbox list: nothing either', () => {
    expect(gmail.diagnose(loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`).document)).toEqual([]);
    expect(gmail.diagnose(loadFixture('gmail', `${GMAIL}#inbox`).document)).toEqual([]);
  });
  it('a conversation on show without data-message-id, without a body, without reply controls: each said', () => {
    const a = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`).document;
    for (const el of a.querySelectorAll('[data-message-id]')) { el.removeAttribute('data-message-id'); el.removeAttribute('data-legacy-message-id'); }
    expect(gmail.diagnose(a)).toEqual([expect.stringMatching(/^Gmail: the open message was not found/)]);
    const b = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`).document;
    b.querySelector('.a3s')!.className = 'zz';
    b.querySelector('.ii.gt')!.className = 'zz';
    expect(gmail.diagnose(b)).toEqual([expect.stringMatching(/^Gmail: the message body was not found/)]);
    const c = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`).document;
    c.querySelector('td.acX')!.remove();
    c.querySelector('.ip')!.remove(); // the whole reply area with its row
    expect(gmail.diagnose(c)).toEqual([expect.stringMatching(/^Gmail: the reply buttons of this message were not found/)]);
  });
});
