// What the content script knows about the open messages: their analysis (cached by
// content, so a re-render costs nothing) and the button attached for each.
import type { Analysis, EmailInput } from '../shared/types';
import type { DateSources } from '../shared/received-date';
import type { OpenMessage } from './sites/webmail';

export interface Tracked {
  message: OpenMessage;
  email: EmailInput;
  analysis: Analysis | null;
  fingerprint: string;
  /** The analysis failed twice (the worker stopped, or refused): the button says so. */
  failed?: boolean;
}

/**
 * How much of each header field Tactful reads. A sender name or subject longer than these is
 * not one a person wrote to be read; it is cut here rather than refused later by the
 * worker's message guard (isEmailInput), which would skip the email without a word.
 */
export const FIELD_CHARS = { subject: 2_000, fromName: 500, fromEmail: 320, candidateName: 500 } as const;

const cut = (s: string, max: number): string => {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max; // never half a surrogate pair
  return s.slice(0, end);
};

/**
 * The email as the content script sends it: receivedAt '' and no candidate's name until the
 * worker has read the date and the settings (core/analyze-page); Tracked.email is then the
 * worker's completed copy.
 */
export function toEmailInput(m: OpenMessage, candidateName = ''): EmailInput {
  return {
    subject: cut(m.subject, FIELD_CHARS.subject),
    fromName: cut(m.fromName, FIELD_CHARS.fromName),
    fromEmail: cut(m.fromEmail, FIELD_CHARS.fromEmail),
    body: m.body,
    receivedAt: '', // read by the worker from m.dateSources; '' = unknown, no guess
    ...(candidateName ? { candidateName: cut(candidateName, FIELD_CHARS.candidateName) } : {}),
  };
}

/** As much of a page's date sources as the worker's guard takes (src/shared/messages.ts isDateSources). */
export function toDateSources(m: OpenMessage): DateSources {
  const list = (v: readonly (string | null | undefined)[] | undefined, items: number, chars: number): string[] =>
    (v ?? []).filter((x): x is string => typeof x === 'string' && x !== '').slice(0, items).map((x) => cut(x, chars));
  const d = m.dateSources;
  return { machine: list(d?.machine, 8, 200), display: list(d?.display, 8, 500), locales: list(d?.locales, 16, 100) };
}

/** Cheap identity of a message's content: a changed body means a new analysis. */
export function fingerprint(m: OpenMessage): string {
  let h = 0;
  const s = `${m.subject}\u0000${m.fromEmail}\u0000${m.body.length}\u0000${m.body.slice(0, 2000)}`;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return `${m.key}:${h}`;
}
