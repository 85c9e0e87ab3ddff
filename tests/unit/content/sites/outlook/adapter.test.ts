// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outlook } from '../../../../../src/content/sites/outlook/adapter';
import type { OpenMessage } from '../../../../../src/content/sites/webmail';
import { OWA, loadFixture } from '../fixture-dom';
import { toDateSources } from '../../../../../src/content/messages-state';
import { receivedAtOf } from '../../../../../src/shared/received-date';

function only(messages: OpenMessage[]): OpenMessage {
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe('outlook.openMessages', () => {
  it('reads sender name and address, subject, date and body from the reading pane', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-greenhouse`);
    const m = only(outlook.openMessages(document));
    const convid = document.querySelector('#MailList [aria-selected="true"]')!.getAttribute('data-convid');
    expect(m.key).toBe(`${convid}#0`);
    expect(m.subject).toBe('Interview invitation: Senior Product Designer at Acme Robotics');
    expect(m.fromName).toBe('Acme Robotics');
    expect(m.fromEmail).toBe('no-reply@us.greenhouse-mail.io');
    expect(m.date).toBe('Mon 02/03/2026 09:14');
    expect(m.body.startsWith('Hi Sam,\n\nThank you for applying')).toBe(true);
    expect(m.body).toContain('Best regards,\nPriya Raman');
    expect(m.root.matches('.wide-content-host')).toBe(true);
  });

  it('skips collapsed messages and sees them once expanded', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-slots`);
    expect(only(outlook.openMessages(document)).fromName).toBe('Tom Becker');
    (document.querySelector('[aria-expanded="false"]') as HTMLElement).click();
    const messages = outlook.openMessages(document);
    expect(messages.map((m) => m.key.split('#')[1])).toEqual(['0', '1']);
    expect(messages[0]!.body).toContain('Would you have 20 minutes');
  });

  it('reads a German UI by the localised "Von:" label', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-de?lang=de`);
    const m = only(outlook.openMessages(document));
    expect(m.fromName).toBe('Julia Schneider');
    expect(m.fromEmail).toBe('j.schneider@brandt-software.example');
    expect(outlook.replyControl(m)?.getAttribute('aria-label')).toBe('Antworten');
  });

  it('works in the deeplink view without reading-pane ids or data-convid (hash key)', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/podcast?view=deeplink`);
    expect(document.querySelector('#ConversationReadingPaneContainer, [data-convid]')).toBeNull();
    const m = only(outlook.openMessages(document));
    expect(m.key).toMatch(/^h[0-9a-f]{8}#0$/);
    expect(m.subject).toBe('Interview request: Design Matters Weekly podcast');
    expect(m.fromName).toBe('Lena Ortiz');
    expect(outlook.replyControl(m)).not.toBeNull();
  });

  it('falls back to the sender name text when the label has no address', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/rejection`);
    const label = document.querySelector('span[aria-label^="From: "]')!;
    label.removeAttribute('aria-label');
    const m = only(outlook.openMessages(document));
    expect(m.fromName).toBe('Globex Careers');
    expect(m.fromEmail).toBe('');
  });

  it('returns [] with no message open', () => {
    expect(outlook.openMessages(loadFixture('outlook', OWA).document)).toEqual([]);
  });
});

describe('outlook reply control and editor', () => {
  it('finds Reply by its icon, and by aria-label when the icon is gone', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-greenhouse`);
    const m = only(outlook.openMessages(document));
    const reply = outlook.replyControl(m)!;
    expect(reply.querySelector('[data-icon-name="ArrowReplyRegular"]')).not.toBeNull();
    document.querySelectorAll('[data-icon-name]').forEach((i) => i.remove());
    expect(outlook.replyControl(m)).toBe(reply);
  });

  it('puts our slot first in the message toolbar, or beside Reply without a toolbar', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-greenhouse`);
    const m = only(outlook.openMessages(document));
    const slot = outlook.buttonSlot(m)!;
    expect(slot.container.matches('[role="toolbar"].ms-OverflowSet')).toBe(true);
    expect(slot.before?.classList.contains('ms-OverflowSet-item')).toBe(true);
    const toolbar = slot.container;
    toolbar.removeAttribute('role');
    const fallback = outlook.buttonSlot(m)!;
    expect(fallback.container.classList.contains('ms-OverflowSet-item')).toBe(true);
    expect(fallback.before).toBe(outlook.replyControl(m));
  });

  it('opens the inline reply and returns the body editor, never the To well', async () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-slots`);
    const m = only(outlook.openMessages(document));
    expect(outlook.replyEditor(m, document)).toBeNull();
    const editor = (await outlook.openReply(m, document, 1000)) as HTMLElement;
    expect(editor.matches('#docking_InitVisiblePart_0 #editorParent_1 [contenteditable="true"][aria-multiline="true"]')).toBe(true);
    const editables = document.querySelectorAll('#docking_InitVisiblePart_0 [contenteditable="true"]');
    expect(editables.length).toBe(2); // the To well and the body
    expect(editor.querySelector('#Signature')).not.toBeNull();
    expect(editor.querySelector('#divRplyFwdMsg')).not.toBeNull();
    // The compose's quoted text is not mistaken for a new open message.
    expect(outlook.openMessages(document)).toHaveLength(1);
  });

  it('finds the editor of a pop-out compose by its Form_Content root', async () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-de?compose=popout`);
    const m = only(outlook.openMessages(document));
    const editor = (await outlook.openReply(m, document, 1000)) as HTMLElement;
    expect(editor.closest('[data-app-section="Form_Content"]')).not.toBeNull();
    expect(document.querySelector('#editorParent_1, [id^="docking_InitVisiblePart_"]')).toBeNull();
  });

  it('takes no editor when only a To well is contenteditable', () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-de`);
    const m = only(outlook.openMessages(document));
    const host = document.createElement('div');
    host.id = 'docking_InitVisiblePart_0';
    const well = document.createElement('div');
    well.setAttribute('contenteditable', 'true');
    well.setAttribute('role', 'textbox');
    host.append(well);
    document.body.append(host);
    expect(outlook.replyEditor(m, document)).toBeNull();
  });

  it('reports a problem when there is no Reply control', async () => {
    const { document } = loadFixture('outlook', `${OWA}/id/inv-de`);
    const m = only(outlook.openMessages(document));
    document.querySelector('[role="toolbar"].ms-OverflowSet')!.remove();
    expect(await outlook.openReply(m, document, 100)).toEqual({ problem: expect.stringContaining('Reply button') });
  });
});

describe('outlook.isRelevantMutation', () => {
  function records(doc: Document, act: () => void): MutationRecord[] {
    const observer = new doc.defaultView!.MutationObserver(() => {});
    observer.observe(doc.body, { childList: true, subtree: true, attributes: true, characterData: true });
    act();
    const out = observer.takeRecords();
    observer.disconnect();
    return out;
  }

  it('ignores folder-pane churn and notices a new conversation and the reply opening', async () => {
    const { document, fixture } = loadFixture('outlook', `${OWA}/id/inv-greenhouse`);
    const churn = records(document, () => fixture.churn(30));
    expect(churn.length).toBeGreaterThanOrEqual(30);
    expect(churn.filter((r) => outlook.isRelevantMutation(r))).toHaveLength(0);
    expect(records(document, () => fixture.open('inv-de')).some((r) => outlook.isRelevantMutation(r))).toBe(true);
    const m = only(outlook.openMessages(document));
    expect(records(document, () => outlook.replyControl(m)!.click()).some((r) => outlook.isRelevantMutation(r))).toBe(true);
    const editor = outlook.replyEditor(m, document)!;
    const typing = records(document, () => editor.firstElementChild!.append('Hello'));
    expect(typing.some((r) => outlook.isRelevantMutation(r))).toBe(false);
  });
});

// Issue 13, "dates the way the page shows them": the received time is read by the page's
// locale (day/month order), or from a machine-readable time, never by Date.parse.
describe('outlook received date', () => {
  const at = (url: string): string => {
    const { document } = loadFixture('outlook', url);
    // What the worker reads from the sources the content script sends (core/analyze-page).
    const iso = receivedAtOf(toDateSources(only(outlook.openMessages(document))));
    if (!iso) return '';
    const d = new Date(iso);
    return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
  };
  it('"Mon 02/03/2026 09:14" is Monday 2 March (Date.parse read 3 February)', () => {
    expect(at(`${OWA}/id/inv-greenhouse`)).toBe('2026-3-2 9:14');
  });
  it('without a weekday, by the page’s language: en-GB and fr are day-first', () => {
    expect(at(`${OWA}/id/inv-greenhouse?datefmt=numeric&locale=en-GB`)).toBe('2026-3-2 9:14');
    expect(at(`${OWA}/id/inv-greenhouse?datefmt=numeric&locale=fr`)).toBe('2026-3-2 9:14');
  });
  it('a machine-readable <time datetime> wins', () => {
    expect(at(`${OWA}/id/inv-greenhouse?datefmt=machine&locale=en-US`)).toBe('2026-3-2 9:14');
  });
});
