// The draft box's state and its transitions, as pure functions: what the user sees, what we
// generated, findings, a new draft waiting for the user's yes. No DOM, no timers
// (./use-draft.ts runs those). Never lose the user's words: once the text differs from what
// we generated, a new draft is only offered (`pending`), never swapped in.
import type { Finding } from '../../shared/types';

export interface DraftOffer {
  body: string;
  findings: Finding[];
  notes: string[];
}

export interface DraftState {
  /** What the draft box shows. */
  text: string;
  /** The last draft we put there ourselves: the text is "the user's" once it differs. */
  generated: string;
  findings: Finding[];
  notes: string[];
  /** A new draft offered over the user's edits ("Replace your edits with a new draft?"). */
  pending: DraftOffer | null;
  drafting: boolean;
  checking: boolean;
  error: string;
}

export const EMPTY_DRAFT: DraftState = {
  text: '', generated: '', findings: [], notes: [], pending: null, drafting: false, checking: false, error: '',
};

/** A new draft arrived: it goes in when the box holds ours (or nothing); over the user's edits it is only offered. */
export function offerDraft(s: DraftState, next: DraftOffer): DraftState {
  if (s.text === s.generated || s.text.trim() === '') {
    return { ...s, error: '', generated: next.body, text: next.body, findings: next.findings, notes: next.notes, pending: null };
  }
  return { ...s, error: '', pending: next.body !== s.text ? next : s.pending };
}

/** The user typed: their text is shown as is and waits for its check. */
export function editDraft(s: DraftState, text: string): DraftState {
  return { ...s, text, notes: [], checking: true };
}

/** The user took the offered draft over their edits (a running check no longer applies). */
export function takeOffer(s: DraftState): DraftState {
  const p = s.pending;
  return p ? { ...s, checking: false, generated: p.body, text: p.body, findings: p.findings, notes: p.notes, pending: null } : s;
}
