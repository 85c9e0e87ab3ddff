// The context menu's decisions, with the browser faked: on a webmail the content script shows
// the panel and the menu never inserts; elsewhere the draft goes into the page only when the
// placer says it did, and otherwise Tactful's own window shows it to copy, saying why.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: { sendMessage: unknown[][]; executeScript: unknown[]; session: unknown[]; windows: unknown[]; tabs: unknown[] } =
  { sendMessage: [], executeScript: [], session: [], windows: [], tabs: [] };
let tabAnswer: () => Promise<unknown> = async () => undefined;
let placeAnswer: () => Promise<unknown> = async () => [{ result: { outcome: 'inserted' } }];
let windowsFail = false;

vi.mock('../../../src/background/ext', () => ({
  default: {
    tabs: {
      sendMessage: (...a: unknown[]) => {
        calls.sendMessage.push(a);
        return tabAnswer();
      },
      create: async (o: unknown) => void calls.tabs.push(o),
    },
    scripting: {
      executeScript: (o: unknown) => {
        calls.executeScript.push(o);
        return placeAnswer();
      },
    },
    storage: {
      session: { set: async (o: unknown) => void calls.session.push(o) },
      local: { get: async () => ({}) },
      sync: { get: async () => ({}) },
    },
    windows: {
      create: async (o: unknown) => {
        if (windowsFail) throw new Error('no windows here');
        calls.windows.push(o);
      },
    },
    runtime: { getURL: (p: string) => `chrome-extension://id/${p}` },
    i18n: { getMessage: (k: string, subs?: string | string[]) => `${k}${subs ? `(${String(subs)})` : ''}` },
    contextMenus: { removeAll: async () => {}, create: () => {} },
  },
}));

const { onMenuClicked } = await import('../../../src/background/context-menu');
const tab = { id: 7 } as never;
const SELECTION = 'We would like to invite you to an interview for the QA Lead role at Initech. Best, Dana Scully';
const pending = () => (calls.session.at(-1) as { pendingDraft: { text: string; why: string } }).pendingDraft;

beforeEach(() => {
  for (const k of Object.keys(calls) as (keyof typeof calls)[]) calls[k] = [];
  tabAnswer = async () => undefined;
  placeAnswer = async () => [{ result: { outcome: 'inserted' } }];
  windowsFail = false;
});

describe('on a webmail tab', () => {
  it('asks the content script to show the panel with that intent; nothing is placed, nothing else opens', async () => {
    tabAnswer = async () => ({ ok: true, value: 'shown' });
    expect(await onMenuClicked({ menuItemId: 'ask-to-reschedule', editable: false } as never, tab)).toBe('webmail:shown');
    expect(calls.sendMessage[0]).toEqual([7, { type: 'tab/quick-draft', intent: 'reschedule' }, { frameId: 0 }]);
    expect(calls.executeScript).toEqual([]);
    expect(calls.windows).toEqual([]);
  });

  it('when the panel cannot open (no message), says so in Tactful’s window, never silently', async () => {
    tabAnswer = async () => ({ ok: false, error: 'No message is open in this tab.' });
    expect(await onMenuClicked({ menuItemId: 'draft-polite-decline', editable: false } as never, tab)).toBe('webmail-error:No message is open in this tab.');
    expect(pending()).toEqual({ text: '', why: 'pendingWebmailFailed(No message is open in this tab)' });
    expect(calls.windows).toHaveLength(1);
    expect(calls.executeScript).toEqual([]);
  });
});

describe('on another site', () => {
  const click = { menuItemId: 'draft-polite-decline-selection', selectionText: SELECTION, editable: true, frameId: 3 } as never;

  it('passes the placer what the user chose (the editable, the selection, the frame), and reports an insertion only when it says so', async () => {
    expect(await onMenuClicked(click, tab)).toBe('page:inserted');
    const o = calls.executeScript[0] as { target: unknown; args: [string, unknown, unknown] };
    expect(o.target).toEqual({ tabId: 7, frameIds: [3] });
    expect(o.args[0]).toContain('QA Lead');
    expect(o.args[1]).toEqual({ editable: true, selection: SELECTION, targetElementId: null });
    expect(calls.windows).toEqual([]);
  });

  it.each([
    ['no-field', 'pendingNoField'],
    ['not-chosen', 'pendingFieldRefused'],
    ['unfit', 'pendingFieldRefused'],
    ['not-taken', 'pendingNotTaken'],
  ])('the placer answered %s: the draft goes to Tactful’s own window, with why', async (why, key) => {
    placeAnswer = async () => [{ result: { outcome: 'not-placed', why } }];
    expect(await onMenuClicked(click, tab)).toBe(`shown:${why}`);
    expect(pending().why).toBe(key);
    expect(pending().text).toContain('QA Lead');
    expect(calls.windows[0]).toMatchObject({ url: 'chrome-extension://id/src/popup/index.html?pending=1', type: 'popup' });
  });

  it('a refused page, or an answer of the wrong shape, counts as not placed', async () => {
    placeAnswer = async () => { throw new Error('Cannot access contents of the page'); };
    expect(await onMenuClicked(click, tab)).toBe('shown:refused');
    expect(pending().why).toBe('pendingDraftWhy');
    placeAnswer = async () => [{ result: 'inserted' }];
    expect(await onMenuClicked(click, tab)).toBe('shown:refused');
  });

  it('without a popup window (Firefox for Android, a policy), a tab shows the draft', async () => {
    windowsFail = true;
    placeAnswer = async () => [{ result: { outcome: 'not-placed', why: 'no-field' } }];
    await onMenuClicked(click, tab);
    expect(calls.tabs).toEqual([{ url: 'chrome-extension://id/src/popup/index.html?pending=1' }]);
  });
});
