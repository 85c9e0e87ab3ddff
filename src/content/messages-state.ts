// What the content script knows about the open messages: their analysis (cached by
// content, so a re-render costs nothing) and the button attached for each.
import type { Analysis, EmailInput } from '../shared/types';
import type { OpenMessage } from './sites/webmail';

export interface Tracked {
  message: OpenMessage;
  email: EmailInput;
  analysis: Analysis | null;
  fingerprint: string;
}

export function toEmailInput(m: OpenMessage, candidateName: string): EmailInput {
  return {
    subject: m.subject,
    fromName: m.fromName,
    fromEmail: m.fromEmail,
    body: m.body,
    receivedAt: m.receivedAt ?? '', // read by the adapter (src/shared/received-date.ts); '' = unknown, no guess
    candidateName,
  };
}

/** Cheap identity of a message's content: a changed body means a new analysis. */
export function fingerprint(m: OpenMessage): string {
  let h = 0;
  const s = `${m.subject}\u0000${m.fromEmail}\u0000${m.body.length}\u0000${m.body.slice(0, 2000)}`;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return `${m.key}:${h}`;
}
