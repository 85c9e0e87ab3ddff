// core/analyze-page (#18): the worker reads the received date from what the page shows,
// fills in the candidate's name from the settings and sets the tab's badge from the analysis
// it has just done, so the content script carries neither the date reader nor the settings
// modules and a message switch is one message. The router's guard refuses malformed sources.
import { describe, expect, test, vi } from 'vitest';
import { analyzePage, cachedCandidateName, forgetCandidateName } from '../../../src/background/page-analysis';
import { routeMessage } from '../../../src/background/router';
import type { PageAnalysis, PageAnalyzeRequest, Reply } from '../../../src/shared/messages';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const body = 'Dear Sam,\n\nThank you for applying. We would like to invite you to an interview for the Data Analyst role at Acme. Could you let us know your availability next week?\n\nBest regards,\nPriya Shah\nRecruiter, Acme';
const req = (patch: Partial<PageAnalyzeRequest> = {}): PageAnalyzeRequest => ({
  type: 'core/analyze-page',
  email: { subject: 'Interview invitation: Data Analyst', fromName: 'Priya Shah', fromEmail: 'priya@acme.example', body, receivedAt: '' },
  date: { machine: [], display: ['Tue 01/12/2026 17:09'], locales: ['en-GB'] },
  otherInvitation: false,
  ...patch,
});
const value = (r: Reply<PageAnalysis>): PageAnalysis => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('analyzePage', () => {
  test('the date is read by the page\'s locale (en-GB: 1 December), the name comes from the settings, the badge from the analysis', async () => {
    const setBadge = vi.fn();
    const v = value(await analyzePage(req(), 7, { setBadge, candidateName: () => Promise.resolve('Sam Lee') }));
    const at = new Date(v.email.receivedAt);
    expect([at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()]).toEqual([2026, 12, 1, 17, 9]);
    expect(v.email.candidateName).toBe('Sam Lee');
    expect(v.analysis.invitation).toBe(true);
    expect(setBadge.mock.calls).toEqual([[7, true]]);
    expect(v.badge).toBe(true);
  });

  test('not an invitation: the badge is off, unless another open message is one; no tab, no badge', async () => {
    const other = req({ email: { ...req().email, subject: 'Our newsletter', body: 'Ten tips for your garden this winter. Unsubscribe at any time.' } });
    const setBadge = vi.fn();
    const deps = { setBadge, candidateName: () => Promise.resolve('') };
    expect(value(await analyzePage(other, 3, deps)).badge).toBe(false);
    expect(value(await analyzePage({ ...other, otherInvitation: true }, 3, deps)).badge).toBe(true);
    expect(value(await analyzePage(other, undefined, deps)).badge).toBeNull();
    expect(setBadge.mock.calls).toEqual([[3, false], [3, true]]);
  });

  test('an ambiguous date stays unknown; unreadable settings give no name, never a failure', async () => {
    const v = value(await analyzePage(req({ date: { display: ['01/12/2026 17:09'], locales: ['en'] } }), 1, { setBadge() {}, candidateName: () => Promise.reject(new Error('storage')) }));
    expect(v.email.receivedAt).toBe('');
    expect(v.email.candidateName).toBe('');
  });
});

describe('the candidate\'s name cache', () => {
  test('read once, again after a storage change, and again after a failed read', async () => {
    forgetCandidateName();
    const load = vi.fn().mockResolvedValueOnce({ candidateName: 'A' }).mockRejectedValueOnce(new Error('x')).mockResolvedValue({ candidateName: 'B' });
    expect(await cachedCandidateName(load)).toBe('A');
    expect(await cachedCandidateName(load)).toBe('A');
    forgetCandidateName();
    expect(await cachedCandidateName(load)).toBe('');
    expect(await cachedCandidateName(load)).toBe('B');
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('routeMessage: core/analyze-page', () => {
  const me = { id: OWN, tab: { id: 9 } };
  test('answered (a Promise) with the badge set for the sending tab', async () => {
    const setBadge = vi.fn();
    const r = await routeMessage(req(), me, { ownId: OWN, setBadge, candidateName: () => Promise.resolve('Sam') });
    expect(value(r as Reply<PageAnalysis>).email.candidateName).toBe('Sam');
    expect(setBadge).toHaveBeenCalledWith(9, true);
  });
  test.each([
    ['a long display date', { display: ['x'.repeat(501)], locales: [] }],
    ['too many sources', { machine: Array(9).fill('2026-01-01'), locales: [] }],
    ['no locales', { display: ['Tue'] }],
    ['a number', { display: [5], locales: [] }],
    ['a poisoned key', JSON.parse('{"__proto__": {}, "locales": []}')],
  ])('refuses %s', async (_n, date) => {
    const r = (await routeMessage({ ...req(), date }, me, { ownId: OWN, setBadge: vi.fn() })) as Reply<unknown>;
    expect(r.ok).toBe(false);
  });
  test('refuses a request without otherInvitation, and one from another extension', async () => {
    const { otherInvitation: _, ...noOther } = req();
    expect(((await routeMessage(noOther, me, { ownId: OWN, setBadge: vi.fn() })) as Reply<unknown>).ok).toBe(false);
    expect(((await routeMessage(req(), { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', tab: { id: 9 } }, { ownId: OWN, setBadge: vi.fn() })) as Reply<unknown>).ok).toBe(false);
  });
});
