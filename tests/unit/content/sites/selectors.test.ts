// @vitest-environment jsdom
// Every selector of both adapters, run against each fixture variant, with the number of
// elements it must match (refined-github style). A change in the fixtures or the selectors
// that shifts a count shows up here first.
import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS as G } from '../../../../src/content/sites/gmail/selectors';
import { OUTLOOK_SELECTORS as O } from '../../../../src/content/sites/outlook/selectors';
import { GMAIL, OWA, count, loadFixture, press } from './fixture-dom';

type Expect = Record<string, number>;

function gmailDoc(url: string, reply: boolean): Document {
  const { document } = loadFixture('gmail', url);
  if (reply) press(document.querySelector('td.acX [data-fixture-reply]')!);
  return document;
}
function owaDoc(url: string, reply: boolean): Document {
  const { document } = loadFixture('outlook', url);
  if (reply) (document.querySelector('[data-icon-name="ArrowReplyRegular"]')!.closest('button') as HTMLElement).click();
  return document;
}


const GMAIL_CASES: Array<{ name: string; url: string; reply: boolean; counts: Expect }> = [
  {
    name: 'DILLkc, single message',
    url: `${GMAIL}#inbox/inv-greenhouse`,
    reply: false,
    counts: {
      [G.main[0]]: 1, [G.message[0]]: 1, [G.message[1]]: 1, [G.subject[0]]: 1, [G.subject[1]]: 1, [G.subject[2]]: 1,
      [G.sender[0]]: 1, [G.sender[1]]: 1, [G.sender[2]]: 1, [G.date[0]]: 1, [G.body[0]]: 1, [G.body[1]]: 1,
      [G.actionCell[0]]: 1, [G.actionCell[1]]: 1, [G.replyButton[0]]: 0, [G.replyButton[1]]: 1, [G.replyButton[3]]: 0,
      [G.bottomRow[0]]: 1, [G.bottomRow[1]]: 1, [G.bottomReply[0]]: 1, [G.bottomReply[1]]: 1, [G.footerRow[0]]: 0, [G.replyArea[0]]: 1, [G.replyArea[1]]: 0,
      [G.editor[0]]: 0, [G.editor[1]]: 0, [G.threadId[0]]: 1, '.Wsq5Cf': 1, '.aap': 0,
    },
  },
  {
    name: 'aaq (per-email setting), thread with 2 collapsed',
    url: `${GMAIL}#inbox/inv-slots`,
    reply: false,
    counts: {
      [G.message[0]]: 3, [G.expandedWrapper[0]]: 1, [G.collapsedWrapper[0]]: 2, [G.sender[0]]: 1, [G.sender[2]]: 3, [G.date[0]]: 3,
      [G.body[0]]: 1, [G.bodyHidden[0]]: 1, [G.actionCell[0]]: 1, [G.replyButton[1]]: 0, [G.replyButton[3]]: 1, '.aap': 1, '.Wsq5Cf': 0,
      [G.bottomRow[0]]: 1,
    },
  },
  {
    name: 'inline reply open',
    url: `${GMAIL}?replyctl=aaq#inbox/inv-greenhouse`,
    reply: true,
    counts: {
      [G.replyArea[1]]: 1, [G.bottomRow[0]]: 0, [G.composeRoot[0]]: 1, [G.composeRoot[2]]: 1, [G.editor[0]]: 1, [G.editor[1]]: 1,
      [G.composeMarker[0]]: 1, [G.composeMarker[2]]: 1, [G.composeMarker[3]]: 1, [G.composeMarker[4]]: 1, [G.notInThread[0]]: 0, '.M9 [contenteditable="true"]': 1, '[contenteditable="true"]': 1, '.gmail_signature': 1,
    },
  },
  {
    name: 'older layout: reply area under the list',
    url: `${GMAIL}?layout=old#inbox/inv-slots`,
    reply: false,
    counts: { [G.bottomRow[0]]: 1, '[role="listitem"] .amn': 0, [G.replyArea[0]]: 1, [G.actionCell[0]]: 1 },
  },
  {
    name: 'pop-out compose open',
    url: `${GMAIL}?compose=popout#inbox/inv-de`,
    reply: true,
    counts: { [G.editor[0]]: 1, [G.editor[1]]: 1, [G.composeRoot[1]]: 1, [G.bottomRow[0]]: 1, 'input[name="subjectbox"]': 1, [G.notInThread[0]]: 1 },
  },
  {
    name: 'settings page (signature editor)',
    url: `${GMAIL}#settings/general`,
    reply: false,
    counts: { [G.message[1]]: 0, [G.editor[0]]: 1, [G.editor[1]]: 1, [G.composeMarker[0]]: 0 },
  },
];

const OWA_CASES: Array<{ name: string; url: string; reply: boolean; counts: Expect }> = [
  {
    name: 'reading pane, thread with 2 collapsed',
    url: `${OWA}/id/inv-slots`,
    reply: false,
    counts: {
      [O.body[0]]: 1, [O.body[1]]: 1, [O.body[2]]: 0, [O.messageContainer[0]]: 1, [O.messageContainer[1]]: 3, [O.selectedConversation[0]]: 1, [O.selectedConversation[1]]: 1,
      [O.selectedConversation[2]]: 1, [O.readingPane[0]]: 1, [O.readingPane[1]]: 1, [O.readingPane[2]]: 1, [O.subject[0]]: 1, [O.subject[1]]: 0, [O.subject[2]]: 1,
      [O.senderLabel[0]]: 1, [O.date[0]]: 1, [O.toolbar[0]]: 1, [O.toolbar[1]]: 2, [O.replyIcon[0]]: 1, [O.replyIcon[2]]: 0,
      [O.composeRoot[0]]: 0, [O.editor[0]]: 0, [O.editor[1]]: 0,
    },
  },
  {
    name: 'inline reply open',
    url: `${OWA}/id/inv-greenhouse`,
    reply: true,
    counts: {
      [O.composeRoot[0]]: 1, [O.editor[0]]: 1, [O.editor[1]]: 1, [O.editor[2]]: 0, [O.editor[3]]: 1,
      '[id^="docking_InitVisiblePart_"] [contenteditable="true"]': 2, '#Signature': 1, '#divRplyFwdMsg': 1, [O.body[0]]: 1,
    },
  },
  {
    name: 'pop-out compose open',
    url: `${OWA}/id/inv-de?compose=popout`,
    reply: true,
    counts: { [O.composeRoot[0]]: 0, [O.composeRoot[1]]: 1, [O.editor[0]]: 0, [O.editor[1]]: 0, [O.editor[2]]: 1 },
  },
  {
    name: 'German UI',
    url: `${OWA}/id/inv-de?lang=de`,
    reply: false,
    counts: { 'span[aria-label^="Von: "]': 1, 'span[aria-label^="From: "]': 0, [O.replyIcon[0]]: 1, 'button[aria-label="Antworten"]': 1 },
  },
  {
    name: 'deeplink view',
    url: `${OWA}/id/podcast?view=deeplink`,
    reply: false,
    counts: { [O.body[0]]: 1, [O.readingPane[0]]: 1, [O.readingPane[2]]: 0, [O.subject[0]]: 0, [O.subject[1]]: 1, [O.selectedConversation[2]]: 0 },
  },
];

describe('selector counts on the fixture variants', () => {
  for (const c of GMAIL_CASES) {
    it(`gmail: ${c.name}`, () => {
      const doc = gmailDoc(c.url, c.reply);
      for (const [sel, n] of Object.entries(c.counts)) expect([sel, count(doc, sel)]).toEqual([sel, n]);
    });
  }
  for (const c of OWA_CASES) {
    it(`outlook: ${c.name}`, () => {
      const doc = owaDoc(c.url, c.reply);
      for (const [sel, n] of Object.entries(c.counts)) expect([sel, count(doc, sel)]).toEqual([sel, n]);
    });
  }
});

describe('selector lists', () => {
  const all = { ...Object.fromEntries(Object.entries(G).map(([k, v]) => [`gmail.${k}`, v])), ...Object.fromEntries(Object.entries(O).map(([k, v]) => [`outlook.${k}`, v])) };
  // Lists of alternatives (all apply), not a hook with fallbacks; and one-entry lists whose fallback is another list (footerRow → bottomRow, control = by position).
  const alternatives = new Set(['gmail.bodyHidden', 'gmail.notReply', 'gmail.composeMarker', 'gmail.collapsedWrapper', 'gmail.notInThread', 'gmail.control', 'gmail.footerRow',
    'outlook.bodyContent', 'outlook.notInPane', 'outlook.quotedHeader']);

  it('each has at least one fallback', () => {
    for (const [name, list] of Object.entries(all)) {
      if (!alternatives.has(name)) expect([name, list.length >= 2]).toEqual([name, true]);
    }
  });

  it('every selector parses', () => {
    const doc = loadFixture('gmail', GMAIL).document;
    for (const list of Object.values(all)) for (const sel of list) expect(() => doc.querySelectorAll(sel)).not.toThrow();
  });

  it('Gmail lists key on attributes and roles before classes for messages, sender and editor', () => {
    expect(G.message[0]).toContain('[data-message-id]');
    expect(G.sender.every((s) => s.includes('[email]'))).toBe(true);
    expect(G.editor[0]).toContain('[g_editable="true"]');
    expect(O.editor[0]).toContain('[aria-multiline="true"]');
  });
});
