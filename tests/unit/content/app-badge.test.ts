// @vitest-environment jsdom
// Issue 18, "per-switch CPU": a message switch costs the page ONE runtime message. The worker
// analyses (core/analyze-page: it also reads the date and the candidate's name) and sets the
// tab's badge from that analysis; the content script sends a separate badge message only when
// no analysis is on its way (a message closed, back to the list). Runs the real content
// script (startTactful over the real Gmail adapter, the fixture's DOM) against a fake worker
// behind chrome.* (src/content/ext.ts): no webextension-polyfill involved.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GMAIL, loadFixture, type LoadedFixture } from './sites/fixture-dom';

interface Sent {
  type: string;
  email?: { subject: string; receivedAt: string; candidateName?: string };
  date?: { display?: string[] };
  otherInvitation?: boolean;
  invitation?: boolean;
}

const sent: Sent[] = [];
let badge = false; // the tab's badge as the fake worker set it
const ev = () => ({ addListener() {}, removeListener() {} });

function fakeChrome(): unknown {
  const port = { name: '', postMessage() {}, disconnect() {}, onMessage: ev(), onDisconnect: ev() };
  return {
    runtime: {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      async sendMessage(m: Sent) {
        sent.push(m);
        if (m.type === 'core/analyze-page') {
          const invitation = /^Interview invitation/.test(m.email!.subject);
          badge = invitation || !!m.otherInvitation;
          const email = { ...m.email!, receivedAt: '2026-03-02T09:14:00.000Z', candidateName: 'Sam Lee' };
          return { ok: true, value: { analysis: { invitation }, email, badge } };
        }
        if (m.type === 'badge') badge = !!m.invitation;
        return { ok: true, value: null };
      },
      connect: () => port,
      getURL: (p: string) => `chrome-extension://x/${p}`,
      onMessage: ev(),
      onConnect: ev(),
    },
    i18n: { getMessage: () => '' },
    // Not read by the content script any more (the worker reads the name); here so the code
    // before #18's change, which loaded the settings in the page, runs this test too.
    storage: { local: { get: async () => ({}) }, sync: { get: async () => ({}) }, onChanged: ev() },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
let loaded: LoadedFixture;
let stop: () => void = () => {};

beforeEach(() => {
  sent.length = 0;
  badge = false;
});
afterEach(() => {
  stop();
  delete (globalThis as { chrome?: unknown }).chrome;
});

async function start(): Promise<{ scanNow(): void }> {
  loaded = loadFixture('gmail', `${GMAIL}#inbox/inv-greenhouse`);
  (globalThis as { chrome?: unknown }).chrome = fakeChrome();
  const { startTactful } = await import('../../../src/content/app');
  const { gmail } = await import('../../../src/content/sites/gmail/adapter');
  const app = startTactful(gmail, loaded.document);
  stop = () => app.stop();
  app.scanNow();
  await settle();
  return app;
}

describe('one runtime message per message switch', () => {
  test('switching between an invitation and other mail: one analyze-page each, no badge message, the badge right', async () => {
    const app = await start();
    expect(sent.map((m) => m.type)).toEqual(['core/analyze-page']);
    expect(badge).toBe(true);
    const ids = ['rejection', 'inv-greenhouse', 'podcast', 'inv-greenhouse', 'rejection', 'inv-greenhouse'];
    for (const id of ids) {
      sent.length = 0;
      loaded.fixture.open(id);
      app.scanNow();
      await settle();
      expect(sent.map((m) => m.type), id).toEqual(['core/analyze-page']);
      expect(sent[0]!.otherInvitation, id).toBe(false); // the message left is no longer counted
      expect(badge, id).toBe(id === 'inv-greenhouse');
    }
  });

  test('the worker gets the date as the page shows it and no name; the completed email is kept', async () => {
    const app = await start();
    const req = sent[0]!;
    expect(req.email!.receivedAt).toBe('');
    expect(req.email!.candidateName).toBeUndefined();
    expect(req.date!.display!.length).toBeGreaterThan(0);
    app.scanNow(); // same message again: nothing more is sent
    await settle();
    expect(sent).toHaveLength(1);
  });

  test('closing the message (back to the list) sends the one badge message', async () => {
    const app = await start();
    sent.length = 0;
    loaded.fixture.close();
    app.scanNow();
    await settle();
    expect(sent.map((m) => [m.type, m.invitation])).toEqual([['badge', false]]);
    expect(badge).toBe(false);
  });
});
