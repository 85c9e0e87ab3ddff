// @vitest-environment jsdom
// Issue 12, "hold on today's real markup": each Outlook hook on the fixture variants of the
// 2025–26 markup (research: /work/notes/markup-2026.md §3, O1–O9), by at least two
// independent strategies, and what happens when the hook is missing.
import { describe, expect, it } from 'vitest';
import { outlook } from '../../../../../src/content/sites/outlook/adapter';
import { OWA, loadFixture } from '../fixture-dom';

const open = (query: string, id = 'inv-greenhouse') => loadFixture('outlook', `${OWA}/id/${id}?${query}`);

describe('O1–O3: the body with the id outside, inside, or not at all', () => {
  for (const body of ['', 'inner-id', 'region']) {
    it(`body=${body || 'outer-id'}: one message, its body read, a place for the button`, () => {
      const { document } = open(`body=${body}`);
      const messages = outlook.openMessages(document);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.body).toMatch(/^Hi Sam,\n\nThank you for applying/);
      expect(messages[0]!.fromName).toBe('Acme Robotics');
      expect(outlook.buttonSlot(messages[0]!)).not.toBeNull();
    });
  }
  it('body=region (no UniqueMessageBody id, a localised region): found by its class, and by its role when the class goes', () => {
    const { document } = open('body=region');
    expect(document.querySelector('[id^="UniqueMessageBody"]')).toBeNull();
    document.querySelector('.allowTextSelection')!.classList.remove('allowTextSelection');
    expect(outlook.openMessages(document)).toHaveLength(1);
  });
  it('a role=region without the mail’s rps_ wrapper (a sender chip, a pane) is not a body', () => {
    const { document } = open('body=region');
    const rps = document.querySelector('[class^="rps_"]')!;
    rps.className = 'plain';
    document.querySelector('.allowTextSelection')!.classList.remove('allowTextSelection');
    expect(outlook.openMessages(document)).toEqual([]);
    expect(outlook.diagnose(document)).toEqual([expect.stringMatching(/^Outlook: the message body was not found/)]);
  });
});

describe('O4: Reply in the overflow menu of a tight header', () => {
  for (const header of ['narrow', 'narrow-text']) {
    it(`header=${header}: no visible Reply; openReply goes through "…" and its Reply item (not Reply all)`, async () => {
      const { document } = open(`header=${header}`);
      const m = outlook.openMessages(document)[0]!;
      expect(outlook.replyControl(m)).toBeNull();
      const editor = (await outlook.openReply(m, document, 2000)) as HTMLElement;
      expect('problem' in editor, JSON.stringify(editor)).toBe(false);
      expect(editor.matches('[aria-multiline="true"]')).toBe(true);
      expect(document.querySelector('.fixture-overflow-menu')).toBeNull();
      expect(outlook.buttonSlot(m)?.container.matches('[role="toolbar"]')).toBe(true);
    });
  }
  it('an overflow menu without Reply: closed again, and a plain-words problem', async () => {
    const { document } = open('header=narrow-text');
    const m = outlook.openMessages(document)[0]!;
    new document.defaultView!.MutationObserver(() => {
      for (const b of document.querySelectorAll('.fixture-overflow-menu [role="menuitem"]')) if (/^Reply$/.test(b.textContent!.trim())) b.remove();
    }).observe(document.body, { childList: true, subtree: true });
    expect(await outlook.openReply(m, document, 300)).toEqual({ problem: expect.stringMatching(/could not find Outlook's Reply button/) });
  });
});

describe('O5/O6: the sender label in other languages, or without an address', () => {
  it('French "De : …" and Japanese "差出人: …": the prefix up to the first colon is dropped', () => {
    for (const header of ['fr', 'ja']) {
      const m = outlook.openMessages(open(`header=${header}`).document)[0]!;
      expect([header, m.fromName, m.fromEmail]).toEqual([header, 'Acme Robotics', 'no-reply@us.greenhouse-mail.io']);
    }
  });
  it('a From word no list knows (Greek "Από: …"): still dropped, because an address follows', () => {
    const { document } = open('');
    const label = document.querySelector('span[aria-label^="From: "]')!;
    label.setAttribute('aria-label', 'Από: Acme Robotics <no-reply@us.greenhouse-mail.io>');
    const m = outlook.openMessages(document)[0]!;
    expect([m.fromName, m.fromEmail]).toEqual(['Acme Robotics', 'no-reply@us.greenhouse-mail.io']);
  });
  it('a label with a name only: the name, and no guessed address', () => {
    const m = outlook.openMessages(open('header=name-only').document)[0]!;
    expect(m.fromName).toBe('Acme Robotics');
    expect(m.fromEmail).toBe('');
  });
});

describe('O7: the inline reply tied to this conversation by its quote or its subject', () => {
  for (const quote of ['', 'container', 'none']) {
    it(`quote=${quote || 'divRplyFwdMsg'}: owned once open, by a fresh look too`, async () => {
      const { document } = open(`quote=${quote}`);
      const m = outlook.openMessages(document)[0]!;
      const editor = (await outlook.openReply(m, document, 1000)) as HTMLElement;
      expect('problem' in editor).toBe(false);
      expect(editor.getAttribute('aria-label')).toBe('Message body, press Alt+F10 to exit');
      const again = outlook.openMessages(document)[0]!;
      expect(outlook.replyEditor(again, document)).toBe(editor);
    });
  }
  it('a reply whose quote names another subject is not this conversation’s', async () => {
    const { document } = open('');
    const m = outlook.openMessages(document)[0]!;
    const editor = (await outlook.openReply(m, document, 1000)) as HTMLElement;
    const subjectLine = Array.from(editor.querySelectorAll('#divRplyFwdMsg b')).at(-1)!.nextSibling!;
    subjectLine.nodeValue = ' Quarterly numbers';
    expect(outlook.ownsEditor(m, editor, document)).toBe(false);
  });
});

describe('O8/O9: other composes, and recipient wells', () => {
  for (const other of ['newmail', 'popout']) {
    it(`other=${other}: never this conversation’s reply`, async () => {
      const { document } = open(`other=${other}`);
      const m = outlook.openMessages(document)[0]!;
      const theirs = document.getElementById('fixture-other-editor')!;
      expect(outlook.replyEditor(m, document)).toBeNull();
      expect(outlook.ownsEditor(m, theirs, document)).toBe(false);
      const mine = (await outlook.openReply(m, document, 1000)) as HTMLElement;
      expect(mine).not.toBe(theirs);
      expect(outlook.ownsEditor(m, mine, document)).toBe(true);
    });
  }
  it('wells (contenteditable, role=presentation, no aria-multiline) are never an editor', () => {
    const { document } = open('other=newmail');
    const well = document.querySelector('.fixture-other [role="presentation"][contenteditable="true"]')!;
    expect(well).not.toBeNull();
    const m = outlook.openMessages(document)[0]!;
    expect(outlook.ownsEditor(m, well as HTMLElement, document)).toBe(false);
  });
});

describe('a missing hook is named in plain words', () => {
  it('no toolbar and no Reply anywhere: openReply says which', async () => {
    const { document } = open('');
    const m = outlook.openMessages(document)[0]!;
    for (const el of document.querySelectorAll('[role="toolbar"] button')) el.remove();
    expect(await outlook.openReply(m, document, 200)).toEqual({ problem: expect.stringMatching(/could not find Outlook's Reply button for this message/) });
  });
  it('a message with everything in place: nothing to report', () => {
    expect(outlook.diagnose(open('').document)).toEqual([]);
  });
});

describe('subjects compared as the user reads them', () => {
  it('zero-width and bidi controls in the subject do not make this conversation’s reply another’s', async () => {
    const { bareSubject } = await import('../../../../../src/content/sites/outlook/compose');
    expect(bareSubject('RE: AW: Interview at Acme\u200b\u200c\u200d\ufeffRobotics \u2066x\u2069')).toBe(bareSubject('Interview at AcmeRobotics x'));
    expect(bareSubject('Réf. : Entretien du lundi')).toBe('entretiendulundi');
    expect(bareSubject('Acme\ufeffRobotics')).toBe(bareSubject('Acme Robotics'));
  });
});
