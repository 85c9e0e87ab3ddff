// The panel's port protocol (src/shared/messages-panel.ts): the frame, the worker's relay and
// the content script each pass on only the shapes their direction allows, within sizes, and
// the worker relays only our own panel page. A page script cannot reach these ports at all
// (tests/browser/isolation.test.ts); these guards are what a confused or replayed sender meets.
import { describe, expect, test } from 'vitest';
import { isPanelPageUrl, isSavedDraft, isToContent, isToFrame, isToWorker, panelNonce, savedDraftKey } from '../../../src/shared/messages-panel';
import { PANEL_PAGE } from '../../../src/shared/pages';

const email = { subject: 'Interview', fromName: 'Priya', fromEmail: 'p@acme.example', body: 'Hello', receivedAt: '' };
const draft = { text: 'My words', intent: 'decline', subject: 'Interview' };

describe('frame → content script', () => {
  test.each([
    { type: 'panel/hello', nonce: 'ab12' },
    { type: 'panel/insert', id: 3, text: 'Hello' },
    { type: 'panel/insert', id: 0, text: '' },
    { type: 'panel/size', height: 320.5 },
    { type: 'panel/size', height: 52, folded: true },
    { type: 'panel/size', height: 600, folded: false },
    { type: 'panel/close' },
  ])('takes %j', (m) => expect(isToContent(m)).toBe(true));

  test.each([
    null, 'panel/close', [], {},
    { type: 'panel/open' },
    { type: 'panel/hello', nonce: '' },
    { type: 'panel/hello', nonce: 'x'.repeat(65) },
    { type: 'panel/hello' },
    { type: 'panel/insert', id: -1, text: 'x' },
    { type: 'panel/insert', id: 1.5, text: 'x' },
    { type: 'panel/insert', id: 1, text: 42 },
    { type: 'panel/insert', id: 1, text: 'x'.repeat(1_000_001) },
    { type: 'panel/size', height: Infinity },
    { type: 'panel/size', height: -1 },
    { type: 'panel/size', height: 1e9 },
    { type: 'panel/size', height: 52, folded: 'yes' },
    { type: 'panel/room', room: 500 }, // the content script's word to the frame, never the frame's
    { type: 'panel/keep', key: 'k', draft, edited: true }, // the worker's, never the page's
  ])('refuses %j', (m) => expect(isToContent(m)).toBe(false));
});

describe('content script → frame', () => {
  const open = { type: 'panel/open', key: 'msg-1', email, analysis: null };
  test('takes an open with or without analysis, intent, notice, theme, saved draft', () => {
    expect(isToFrame(open)).toBe(true);
    expect(isToFrame({ ...open, analysis: { invitation: true, fields: {} }, intent: 'reschedule', notice: 'n', problem: 'analysis-failed', theme: 'dark', saved: draft })).toBe(true);
    expect(isToFrame({ type: 'panel/inserted', id: 1, result: { ok: true } })).toBe(true);
    expect(isToFrame({ type: 'panel/inserted', id: 1, result: { ok: false, problem: 'No reply' } })).toBe(true);
    expect(isToFrame({ type: 'panel/room', room: 512 })).toBe(true);
  });
  test.each([-1, NaN, Infinity, 1e9, '500', undefined])('refuses a room of %s', (room) => expect(isToFrame({ type: 'panel/room', room })).toBe(false));
  test.each([
    ['an email of the wrong shape', { email: { ...email, body: 1 } }],
    ['an analysis that is not one', { analysis: 'yes' }],
    ['an intent outside the quick three', { intent: 'accept' }],
    ['an unknown theme', { theme: 'blue' }],
    ['an unknown problem', { problem: 'other' }],
    ['a saved draft of another shape', { saved: { ...draft, intent: 'nope' } }],
    ['a key over 2,000 characters', { key: 'k'.repeat(2_001) }],
  ])('refuses %s', (_what, patch) => expect(isToFrame({ ...open, ...patch })).toBe(false));
  test('refuses an insert result without a problem, and unknown types', () => {
    expect(isToFrame({ type: 'panel/inserted', id: 1, result: { ok: false } })).toBe(false);
    expect(isToFrame({ type: 'panel/insert', id: 1, text: 'x' })).toBe(false);
  });
});

describe('frame → worker', () => {
  test('keeps a draft of the right shape, and only that', () => {
    expect(isToWorker({ type: 'panel/keep', key: 'msg-1', draft, edited: true })).toBe(true);
    expect(isToWorker({ type: 'panel/keep', key: 'msg-1', draft, edited: 'yes' })).toBe(false);
    expect(isToWorker({ type: 'panel/keep', key: 'k'.repeat(2_001), draft, edited: true })).toBe(false);
    expect(isToWorker({ type: 'panel/keep', key: 'msg-1', draft: { ...draft, text: 'x'.repeat(1_000_001) }, edited: true })).toBe(false);
    expect(isSavedDraft({ text: 'a', intent: 'follow_up', subject: '' })).toBe(true);
    expect(isSavedDraft({ text: 'a', intent: 'decline' })).toBe(false);
  });
});

describe('the panel page and its nonce', () => {
  test('only our panel page, on an extension host, is relayed', () => {
    expect(isPanelPageUrl(`chrome-extension://abc/${PANEL_PAGE}#n`, PANEL_PAGE)).toBe(true);
    expect(isPanelPageUrl(`moz-extension://0b1e-4a/${PANEL_PAGE}`, PANEL_PAGE)).toBe(true);
    expect(isPanelPageUrl(`https://mail.google.com/${PANEL_PAGE}`, PANEL_PAGE)).toBe(false);
    expect(isPanelPageUrl('chrome-extension://abc/src/popup/index.html', PANEL_PAGE)).toBe(false);
    expect(isPanelPageUrl('not a url', PANEL_PAGE)).toBe(false);
    expect(isPanelPageUrl(undefined, PANEL_PAGE)).toBe(false);
  });
  test('a nonce is 128 random bits in hex, new each time', () => {
    const seen = new Set(Array.from({ length: 200 }, panelNonce));
    expect(seen.size).toBe(200);
    for (const n of seen) expect(n).toMatch(/^[0-9a-f]{32}$/);
  });
  test('a kept draft is filed under its tab and message', () => {
    expect(savedDraftKey(7, 'thread-f:1#msg-a')).toBe('panelDraft:7:thread-f:1#msg-a');
  });
});
