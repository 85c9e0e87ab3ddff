// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../../../src/content/sites/gmail/adapter';
import type { OpenMessage } from '../../../../../src/content/sites/webmail';
import { GMAIL, loadFixture } from '../fixture-dom';

function only(messages: OpenMessage[]): OpenMessage {
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe('gmail.openMessages', () => {
  it('reads sender name and address, subject, date and body of the open message', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    expect(m.key).toMatch(/^msg-f:\d+$/);
    expect(m.subject).toBe('Interview invitation: Senior Product Designer at Acme Robotics');
    expect(m.fromName).toBe('Acme Robotics');
    expect(m.fromEmail).toBe('no-reply@us.greenhouse-mail.io');
    expect(m.date).toBe('2 Mar 2026, 09:14');
    expect(m.body.startsWith('Hi Sam,\n\nThank you for applying for the Senior Product Designer role')).toBe(true);
    expect(m.body).toContain('\nBest regards,\nPriya Raman\nTalent Acquisition Partner, Acme Robotics');
    expect(m.root.matches('div.adn[data-message-id]')).toBe(true);
  });

  it('returns only expanded messages and leaves the hidden trimmed quote out of the body', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-slots`);
    const m = only(gmail.openMessages(document));
    expect(m.fromName).toBe('Tom Becker');
    expect(m.body).toContain('- Wednesday 11 March, 10:00 to 11:30 CET');
    expect(m.body).not.toContain('Friday at 11:00 works well'); // the quoted earlier message
    expect(document.querySelectorAll('div.adn[data-message-id]')).toHaveLength(3);
  });

  it('sees a collapsed message once it is expanded, each with its own key and sender', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-slots`);
    (document.querySelector('.kv .adn') as HTMLElement).click();
    const messages = gmail.openMessages(document);
    expect(messages.map((m) => m.fromName)).toEqual(['Tom Becker', 'Tom Becker']);
    expect(new Set(messages.map((m) => m.key)).size).toBe(2);
    expect(messages[0]!.body).toContain('Would you have 20 minutes');
  });

  it('keeps the same key when Gmail re-renders the conversation', () => {
    const { document, fixture } = loadFixture('gmail', `${GMAIL}#inbox/inv-de`);
    const before = only(gmail.openMessages(document));
    fixture.rerender();
    const after = only(gmail.openMessages(document));
    expect(after.key).toBe(before.key);
    expect(after.root).not.toBe(before.root);
    expect(before.root.isConnected).toBe(false);
    // An adapter call with the stale message finds the live one by key.
    expect(gmail.replyControl(before)).toBe(gmail.replyControl(after));
    expect(after.subject).toBe('Einladung zum Vorstellungsgespräch – Frontend-Entwickler (m/w/d)');
  });

  it('returns [] on the inbox list, the settings page and odd documents', () => {
    expect(gmail.openMessages(loadFixture('gmail', `${GMAIL}#inbox`).document)).toEqual([]);
    expect(gmail.openMessages(loadFixture('gmail', `${GMAIL}#settings/general`).document)).toEqual([]);
  });
});

describe('gmail.replyControl', () => {
  it('finds the new .DILLkc button by default and the old .aaq one when selected', () => {
    const a = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    expect(gmail.replyControl(only(gmail.openMessages(a.document)))?.classList.contains('DILLkc')).toBe(true);
    const b = loadFixture('gmail', `${GMAIL}?replyctl=aaq#inbox/inv-greenhouse`);
    expect(gmail.replyControl(only(gmail.openMessages(b.document)))?.classList.contains('aaq')).toBe(true);
    // inv-slots asks for the old control itself.
    const c = loadFixture('gmail', `${GMAIL}#inbox/inv-slots`);
    expect(gmail.replyControl(only(gmail.openMessages(c.document)))?.classList.contains('aaq')).toBe(true);
  });

  it('finds the button by position when Gmail renames its class', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    const button = document.querySelector('td.acX .DILLkc')!;
    button.classList.replace('DILLkc', 'Zq9xTf');
    expect(gmail.replyControl(m)).toBe(button);
  });

  it('never takes the reaction or the More button', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    document.querySelector('td.acX .DILLkc')!.remove();
    const control = gmail.replyControl(m);
    expect(control?.matches('span.ams.bkH[role="link"]')).toBe(true);
  });

  it('falls back to the bottom reply row when the header cell is gone (old and new layout)', () => {
    for (const url of [`${GMAIL}#inbox/inv-greenhouse`, `${GMAIL}?layout=old#inbox/inv-greenhouse`]) {
      const { document } = loadFixture('gmail', url);
      const m = only(gmail.openMessages(document));
      document.querySelector('td.acX')!.remove();
      expect(gmail.replyControl(m)).toBe(document.querySelector('.amn span.bkH'));
      expect(gmail.buttonSlot(m)).toEqual({ container: document.querySelector('.amn'), before: null });
    }
  });

  it('falls back to a localised label as the last resort', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    document.querySelector('.amn')!.remove();
    const cell = document.querySelector('td.acX')!;
    const label = document.createElement('div');
    label.setAttribute('role', 'button');
    label.setAttribute('aria-label', 'Antworten');
    cell.replaceWith(label);
    expect(gmail.replyControl(m)).toBe(label);
  });

  it('returns null when nothing can reply', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    document.querySelector('td.acX')!.remove();
    document.querySelector('.ip')!.remove(); // the whole reply area with its row
    expect(gmail.replyControl(m)).toBeNull();
    expect(gmail.buttonSlot(m)).toBeNull();
  });
});

describe('gmail reply editor', () => {
  it('puts our button slot first in the header action cell', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const slot = gmail.buttonSlot(only(gmail.openMessages(document)))!;
    expect(slot.container.matches('td.acX')).toBe(true);
    expect(slot.before?.classList.contains('R1Zuwf')).toBe(true);
  });

  it('opens the inline reply with the mousedown/mouseup/click sequence and finds its editor', async () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    expect(gmail.replyEditor(m, document)).toBeNull();
    const editor = await gmail.openReply(m, document, 1000);
    expect('problem' in editor).toBe(false);
    const el = editor as HTMLElement;
    expect(el.matches('.ip.adB .M9 [g_editable="true"][contenteditable="true"]')).toBe(true);
    expect(el.querySelector('.gmail_signature')).not.toBeNull();
    expect(gmail.replyEditor(m, document)).toBe(el);
    // Asking again does not click again: the open editor is returned.
    expect(await gmail.openReply(m, document, 100)).toBe(el);
  });

  it('opens the reply through the bottom row when the header button is missing', async () => {
    const { document } = loadFixture('gmail', `${GMAIL}?layout=old#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    document.querySelector('td.acX')!.remove();
    const editor = (await gmail.openReply(m, document, 1000)) as HTMLElement;
    expect(editor.matches?.('[g_editable="true"]')).toBe(true);
    expect(editor.closest('[role="listitem"]')).toBeNull(); // old layout: reply area under the list
  });

  it('finds the pop-out compose editor', async () => {
    const { document } = loadFixture('gmail', `${GMAIL}?compose=popout#inbox/inv-de`);
    const m = only(gmail.openMessages(document));
    const editor = (await gmail.openReply(m, document, 1000)) as HTMLElement;
    expect(editor.closest('[role="dialog"] .M9')).not.toBeNull();
  });

  it('never takes the search box or a Settings signature editor for the reply editor', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    const settings = loadFixture('gmail', `${GMAIL}#settings/general`).document;
    const signature = settings.querySelector('[g_editable="true"][aria-label="Signature"]')!;
    document.querySelector('[role="main"]')!.appendChild(document.importNode(signature, true));
    expect(document.querySelector('input[name="q"]')).not.toBeNull();
    expect(gmail.replyEditor(m, document)).toBeNull();
  });

  it('reports a problem in plain words when the editor never appears', async () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const m = only(gmail.openMessages(document));
    document.querySelector('td.acX .DILLkc')!.removeAttribute('data-fixture-reply'); // the click does nothing
    const result = await gmail.openReply(m, document, 300);
    expect(result).toEqual({ problem: expect.stringContaining('did not open') });
  });
});

describe('gmail.isRelevantMutation', () => {
  function records(doc: Document, act: () => void): MutationRecord[] {
    const observer = new doc.defaultView!.MutationObserver(() => {});
    observer.observe(doc.body, { childList: true, subtree: true, attributes: true, characterData: true });
    act();
    const out = observer.takeRecords();
    observer.disconnect();
    return out;
  }

  it('ignores side-panel churn and typing, and notices re-rendering and reply opening', () => {
    const { document, fixture } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const churn = records(document, () => fixture.churn(50));
    expect(churn.length).toBeGreaterThanOrEqual(50);
    expect(churn.filter((r) => gmail.isRelevantMutation(r))).toHaveLength(0);

    expect(records(document, () => fixture.rerender()).some((r) => gmail.isRelevantMutation(r))).toBe(true);

    const m = only(gmail.openMessages(document));
    const reply = gmail.replyControl(m)!;
    expect(records(document, () => reply.dispatchEvent(new document.defaultView!.MouseEvent('mousedown', { bubbles: true })) && reply.dispatchEvent(new document.defaultView!.MouseEvent('mouseup', { bubbles: true }))).some((r) => gmail.isRelevantMutation(r))).toBe(true);

    const editor = gmail.replyEditor(m, document)!;
    const typing = records(document, () => {
      editor.firstElementChild!.append('Hello');
      editor.append(document.createElement('div'));
    });
    expect(typing.length).toBe(2);
    expect(typing.some((r) => gmail.isRelevantMutation(r))).toBe(false);
  });

  it('ignores our own injected elements, even inside the action cell', () => {
    const { document } = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
    const cell = document.querySelector('td.acX')!;
    const ours = document.createElement('span');
    ours.setAttribute('data-tactful', '');
    const recs = records(document, () => cell.prepend(ours));
    expect(recs).toHaveLength(1);
    expect(gmail.isRelevantMutation(recs[0]!)).toBe(false);
    const theirs = records(document, () => cell.append(document.createElement('div')));
    expect(gmail.isRelevantMutation(theirs[0]!)).toBe(true);
  });
});
