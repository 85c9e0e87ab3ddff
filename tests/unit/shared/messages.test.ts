// Every runtime.onMessage handler refuses what does not come from Tactful or does not have
// the shape of the protocol — foreign senders, missing fields, wrong types, huge strings,
// prototype-pollution keys — with a refusal, never a crash.
//   background: src/background/router.ts routeMessage
//   content script: src/shared/messages.ts acceptTabRequest (the gate of src/content/app.ts)
import { describe, expect, it, vi } from 'vitest';
import { routeMessage as routeAny } from '../../../src/background/router';
import type { Reply } from '../../../src/shared/messages';

/** Every request here is answered at once (only core/analyze-page answers with a Promise). */
const routeMessage = (...a: Parameters<typeof routeAny>): Reply<unknown> => routeAny(...a) as Reply<unknown>;
import { acceptTabRequest, isCoreRequest, isTabRequest } from '../../../src/shared/messages';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const me = { id: OWN, tab: { id: 7 }, url: `chrome-extension://${OWN}/src/popup/index.html` };
const deps = () => ({ ownId: OWN, setBadge: vi.fn() });
const email = { subject: 'Interview invitation', fromName: 'Ana', fromEmail: 'ana@example.com', body: 'We would like to invite you to an interview.', receivedAt: '' };
const draftReq = { intent: 'decline', reason: 'accepted_offer', tone: 'warm', language: 'en', seed: 1, vars: { company: 'Acme', proposedSlots: ['Mon 10:00'], askRemote: false } };
const HUGE = 'x'.repeat(7 * 1024 * 1024);

function refused(r: { ok: boolean; error?: string }): void {
  expect(r.ok).toBe(false);
  expect(r.error).toMatch(/^Refused/);
}

describe('service worker router (routeMessage)', () => {
  it('answers our own well-formed requests', () => {
    const r = routeMessage({ type: 'core/analyze', email }, me, deps());
    expect(r.ok).toBe(true);
    const d = routeMessage({ type: 'core/draft', request: draftReq, context: { intent: 'decline' } }, me, deps());
    expect(d.ok).toBe(true);
  });

  it.each([
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['no id (a web page via externally_connectable)', { url: 'https://evil.example/' }],
    ['an empty id', { id: '' }],
    ['a null sender', null],
    ['an undefined sender', undefined],
    ['an id differing in case', { id: OWN.toUpperCase() }],
  ])('refuses %s', (_name, sender) => {
    refused(routeMessage({ type: 'core/analyze', email }, sender as never, deps()));
  });

  it.each([
    ['no message', undefined],
    ['null', null],
    ['a string', 'core/analyze'],
    ['a number', 42],
    ['an array', [{ type: 'core/analyze', email }]],
    ['an unknown type', { type: 'core/exec', code: 'alert(1)' }],
    ['a type of the wrong kind', { type: ['core/analyze'], email }],
    ['analyze without an email', { type: 'core/analyze' }],
    ['analyze with a non-string body', { type: 'core/analyze', email: { ...email, body: 42 } }],
    ['analyze with a missing subject', { type: 'core/analyze', email: { ...email, subject: undefined } }],
    ['analyze with a 7 MB body', { type: 'core/analyze', email: { ...email, body: HUGE } }],
    ['analyze with a huge subject', { type: 'core/analyze', email: { ...email, subject: 'y'.repeat(200_000) } }],
    ['analyze with an object as candidate name', { type: 'core/analyze', email: { ...email, candidateName: { toString: 1 } } }],
    ['draft with an unknown intent', { type: 'core/draft', request: { ...draftReq, intent: 'exfiltrate' }, context: { intent: 'decline' } }],
    ['draft with a NaN seed', { type: 'core/draft', request: { ...draftReq, seed: Number.NaN }, context: { intent: 'decline' } }],
    ['draft with vars holding a function-like object', { type: 'core/draft', request: { ...draftReq, vars: { company: { valueOf: 'x' } } }, context: { intent: 'decline' } }],
    ['draft with a huge variable', { type: 'core/draft', request: { ...draftReq, vars: { company: 'z'.repeat(100_000) } }, context: { intent: 'decline' } }],
    ['draft with __proto__ in vars', { type: 'core/draft', request: { ...draftReq, vars: JSON.parse('{"__proto__":{"polluted":"yes"},"company":"Acme"}') }, context: { intent: 'decline' } }],
    ['draft with constructor in vars', { type: 'core/draft', request: { ...draftReq, vars: { constructor: { prototype: { polluted: 'yes' } } } }, context: { intent: 'decline' } }],
    ['draft with __proto__ in the context', { type: 'core/draft', request: draftReq, context: JSON.parse('{"intent":"decline","__proto__":{"polluted":"yes"}}') }],
    ['draft with a non-string context name', { type: 'core/draft', request: draftReq, context: { intent: 'decline', contactName: ['a'] } }],
    ['check with a 7 MB body', { type: 'core/check', body: HUGE, context: { intent: 'decline' } }],
    ['check without a context', { type: 'core/check', body: 'Hello' }],
    ['check with typed text that is not a list', { type: 'core/check', body: 'Hello', context: { intent: 'decline', typed: 'Ada' } }],
    ['check with typed text holding a non-string', { type: 'core/check', body: 'Hello', context: { intent: 'decline', typed: ['Ada', { toString: 1 }] } }],
    ['check with 101 typed parts', { type: 'core/check', body: 'Hello', context: { intent: 'decline', typed: Array.from({ length: 101 }, () => 'a') } }],
    ['check with 7 MB of typed text', { type: 'core/check', body: 'Hello', context: { intent: 'decline', typed: [HUGE] } }],
    ['a badge with a string flag', { type: 'badge', invitation: 'true' }],
    ['a tab request sent to the worker', { type: 'tab/insert', text: 'x' }],
  ])('refuses %s', (_name, msg) => {
    let r: { ok: boolean; error?: string } | undefined;
    expect(() => (r = routeMessage(msg, me, deps()) as never)).not.toThrow();
    refused(r!);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes what the user typed to the checker: a link they did not type is flagged, one they typed is not', () => {
    const body = 'Dear Ana,\n\nThank you. Details: https://evil.example/login\n\nBest regards,\nAda';
    const flagged = routeMessage({ type: 'core/check', body, context: { intent: 'decline', typed: ['Ada'] } }, me, deps());
    expect(flagged.ok && (flagged.value as { rule: string }[]).some((f) => f.rule === 'untyped-data')).toBe(true);
    const typed = routeMessage({ type: 'core/check', body, context: { intent: 'decline', typed: ['Ada', 'Details: https://evil.example/login'] } }, me, deps());
    expect(typed.ok && (typed.value as { rule: string }[]).some((f) => f.rule === 'untyped-data')).toBe(false);
    const draft = routeMessage({ type: 'core/draft', request: { ...draftReq, vars: { role: 'Analyst see https://evil.example/login' } }, context: { intent: 'decline', typed: [] } }, me, deps());
    expect(draft.ok && (draft.value as { findings: { rule: string }[] }).findings.some((f) => f.rule === 'untyped-data')).toBe(true);
  });

  it('a badge update must come from a tab, and sets nothing otherwise', () => {
    const d = deps();
    refused(routeMessage({ type: 'badge', invitation: true }, { id: OWN }, d));
    expect(d.setBadge).not.toHaveBeenCalled();
    expect(routeMessage({ type: 'badge', invitation: true }, me, d).ok).toBe(true);
    expect(d.setBadge).toHaveBeenCalledWith(7, true);
  });

  it('a request whose handler fails returns an error, not an exception', () => {
    // vars passes the shape check but the renderer meets values it cannot use.
    const msg = { type: 'core/draft', request: { ...draftReq, language: 'xx', vars: { proposedSlots: [] } }, context: { intent: 'decline' } };
    expect(() => routeMessage(msg, me, deps())).not.toThrow();
  });

  it('prototype pollution through any message leaves Object.prototype clean', () => {
    const poisoned = JSON.parse('{"type":"core/analyze","__proto__":{"polluted":"yes"},"email":{"subject":"a","fromName":"b","fromEmail":"c","body":"d","receivedAt":"","__proto__":{"polluted":"yes"}}}');
    expect(() => routeMessage(poisoned, me, deps())).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('content script gate (acceptTabRequest)', () => {
  it('lets our own well-formed requests through', () => {
    expect(acceptTabRequest({ type: 'tab/get-message' }, { id: OWN }, OWN)).toEqual({ type: 'tab/get-message' });
    expect(acceptTabRequest({ type: 'tab/insert', text: 'Hello' }, { id: OWN }, OWN)).not.toBeNull();
    expect(acceptTabRequest({ type: 'tab/quick-draft', intent: 'withdraw' }, { id: OWN }, OWN)).not.toBeNull();
    expect(acceptTabRequest({ type: 'tab/open-panel' }, { id: OWN }, OWN)).not.toBeNull();
  });

  it.each([
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }, OWN],
    ['no sender', undefined, OWN],
    ['a sender without id', {}, OWN],
    ['our own id unknown (extension reloaded)', { id: undefined }, undefined],
    ['both ids empty', { id: '' }, ''],
  ])('ignores %s', (_name, sender, ownId) => {
    expect(acceptTabRequest({ type: 'tab/get-message' }, sender as never, ownId as never)).toBeNull();
  });

  it.each([
    ['null', null],
    ['a string', 'tab/get-message'],
    ['an unknown type', { type: 'tab/eval', code: 'alert(1)' }],
    ['insert without text', { type: 'tab/insert' }],
    ['insert with a number', { type: 'tab/insert', text: 5 }],
    ['insert with markup as an object', { type: 'tab/insert', text: { html: '<img src=x onerror=alert(1)>' } }],
    ['insert with over 1 MB of text', { type: 'tab/insert', text: 'a'.repeat(1_000_001) }],
    ['quick-draft with an unknown intent', { type: 'tab/quick-draft', intent: 'accept' }],
    ['quick-draft without intent', { type: 'tab/quick-draft' }],
    ['open-panel with a bad intent', { type: 'tab/open-panel', intent: '__proto__' }],
    ['a core request sent to the tab', { type: 'core/analyze', email }],
  ])('ignores %s', (_name, msg) => {
    expect(() => acceptTabRequest(msg, { id: OWN }, OWN)).not.toThrow();
    expect(acceptTabRequest(msg, { id: OWN }, OWN)).toBeNull();
  });
});

describe('guards never throw on hostile values', () => {
  const nasty: unknown[] = [
    undefined, null, 0, Number.NaN, '', 'x', [], {}, Object.create(null), new Proxy({}, { get: () => { throw new Error('trap'); } }),
    { type: 'core/analyze', email: Object.create(null) }, { type: { toString: () => 'core/analyze' } },
  ];
  it.each(nasty.map((v, i) => [i, v]))('value #%s', (_i, v) => {
    // A Proxy that throws is not something runtime messaging can deliver (structured clone),
    // but the guards are the first line: they must not be the thing that crashes.
    const safe = (f: () => unknown) => {
      try {
        return f();
      } catch (e) {
        return (e as Error).message === 'trap' ? false : 'threw';
      }
    };
    expect(safe(() => isCoreRequest(v))).not.toBe('threw');
    expect(safe(() => isTabRequest(v))).not.toBe('threw');
    expect(safe(() => routeMessage(v, me, deps()))).not.toBe('threw');
  });
});
