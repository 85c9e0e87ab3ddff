// A 10,000-character sender name or subject is cut where the content script reads it
// (src/content/messages-state.ts), not refused by the worker's message guard, which skipped
// the email without a word (issue 13). The end-to-end case: tests/browser/panel-life.test.ts ›
// "a 10,000-character sender name or subject is cut, and the invitation gets its button".
import { describe, expect, test } from 'vitest';
import { FIELD_CHARS, toDateSources, toEmailInput } from '../../../src/content/messages-state';
import { isDateSources, isEmailInput } from '../../../src/shared/messages';
import type { OpenMessage } from '../../../src/content/sites/webmail';

const msg = (patch: Partial<OpenMessage>): OpenMessage =>
  ({ key: 'k', root: null as unknown as HTMLElement, subject: 'Interview', fromName: 'Priya Shah', fromEmail: 'p@acme.example', date: '', body: 'Hello', ...patch });

describe('toEmailInput', () => {
  test('a 10,000-character sender name, subject or candidate name is cut and passes the worker’s guard', () => {
    const long = 'Acme Talent Team '.repeat(600).slice(0, 10_000);
    const e = toEmailInput(msg({ fromName: long, subject: long }), long);
    expect(e.fromName).toBe(long.slice(0, FIELD_CHARS.fromName));
    expect(e.subject).toBe(long.slice(0, FIELD_CHARS.subject));
    expect(e.candidateName).toBe(long.slice(0, FIELD_CHARS.candidateName));
    expect(isEmailInput(e)).toBe(true);
    // Uncut, the same email is what the guard refused.
    expect(isEmailInput({ ...e, fromName: long })).toBe(false);
  });

  test('never cuts a character in half (a surrogate pair at the edge)', () => {
    const name = `${'a'.repeat(FIELD_CHARS.fromName - 1)}😀tail`;
    const e = toEmailInput(msg({ fromName: name }), '');
    expect(e.fromName).toBe('a'.repeat(FIELD_CHARS.fromName - 1));
  });

  test('ordinary values are untouched, the body too', () => {
    const body = 'x'.repeat(150_000);
    expect(toEmailInput(msg({ body }), 'Sam')).toEqual({
      subject: 'Interview', fromName: 'Priya Shah', fromEmail: 'p@acme.example', body, receivedAt: '', candidateName: 'Sam',
    });
  });

  test('the received date and the candidate’s name are left to the worker (core/analyze-page)', () => {
    const m = msg({ dateSources: { machine: [null, '2026-12-01T10:00:00Z'], display: ['Tue 1 Dec', 'x'.repeat(2_000)], locales: ['en-GB'] } });
    const e = toEmailInput(m);
    expect(e.receivedAt).toBe('');
    expect('candidateName' in e).toBe(false);
    const d = toDateSources(m);
    expect(d).toEqual({ machine: ['2026-12-01T10:00:00Z'], display: ['Tue 1 Dec', 'x'.repeat(500)], locales: ['en-GB'] });
    expect(isDateSources(d)).toBe(true);
    // Uncut, the long display text is what the worker's guard refuses.
    expect(isDateSources(m.dateSources)).toBe(false);
  });
});
