// The draft box's state and its transitions, as pure functions: what the user sees, what we
// generated, findings, a new draft waiting for the user's yes, which request the box answers
// and which of its characters the user typed. No DOM, no timers (./use-draft.ts runs those).
// Never lose the user's words: once the text differs from what we generated, a new draft is
// only offered (`pending`), never swapped in.
import type { DraftVariables, Finding } from '../../shared/types';

export interface DraftOffer {
  body: string;
  findings: Finding[];
  notes: string[];
}

/** [start, end) in the draft box's text. */
export type Span = readonly [number, number];

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
  /** The parts of `text` the user typed or pasted themselves (sorted, disjoint, never empty). */
  typed: Span[];
  /**
   * The request (./use-draft.ts's key of everything the draft is built from) the box, or the
   * offer beside it, answers: '' before the first answer. Insert and Copy wait until it is
   * the newest request, so what they send is what the panel then shows.
   */
  answered: string;
  /** The answer to `answered` was a failure: the box still holds the draft before it. */
  failed: boolean;
}

export const EMPTY_DRAFT: DraftState = {
  text: '', generated: '', findings: [], notes: [], pending: null, drafting: false, checking: false, error: '',
  typed: [], answered: '', failed: false,
};

/** A new draft arrived (for request `key`): it goes in when the box holds ours (or nothing); over the user's edits it is only offered. */
export function offerDraft(s: DraftState, next: DraftOffer, key = s.answered): DraftState {
  const answered = { error: '', answered: key, failed: false };
  if (s.text === s.generated || s.text.trim() === '') {
    return { ...s, ...answered, generated: next.body, text: next.body, findings: next.findings, notes: next.notes, pending: null, typed: [] };
  }
  return { ...s, ...answered, pending: next.body !== s.text ? next : s.pending };
}

/** The draft for request `key` could not be written: say so; the box keeps what it had. */
export function draftFailed(s: DraftState, error: string, key: string): DraftState {
  return { ...s, error, answered: key, failed: true };
}

/** The box shows the answer to the newest request (`key`), and that answer was not a failure. */
export function isCurrent(s: DraftState, key: string): boolean {
  return s.answered === key && !s.failed;
}

/** The user typed: their text is shown as is and waits for its check. */
export function editDraft(s: DraftState, text: string): DraftState {
  return { ...s, text, notes: [], checking: true, typed: retype(s.typed, s.text, text) };
}

/** The user took the offered draft over their edits (a running check no longer applies). */
export function takeOffer(s: DraftState): DraftState {
  const p = s.pending;
  return p ? { ...s, checking: false, generated: p.body, text: p.body, findings: p.findings, notes: p.notes, pending: null, typed: [] } : s;
}

/** What the user typed into the box, one string per contiguous run. */
export function typedParts(s: Pick<DraftState, 'text' | 'typed'>): string[] {
  return s.typed.map(([a, b]) => s.text.slice(a, b));
}

/**
 * The typed spans after one edit from `before` to `after`. An input event changes one
 * contiguous stretch (a keystroke, a paste, a cut), so the common prefix and suffix locate it
 * exactly: what is new there was typed; the spans before it stay, those after it move.
 */
export function retype(spans: readonly Span[], before: string, after: string): Span[] {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  const removedEnd = before.length - q;
  const insertedEnd = after.length - q;
  const shift = after.length - before.length;
  const out: [number, number][] = [];
  const add = (a: number, b: number) => {
    if (b <= a) return;
    const last = out[out.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  };
  const all: [number, number][] = [];
  for (const [a, b] of spans) {
    if (a < p) all.push([a, Math.min(b, p)]);
    if (b > removedEnd) all.push([Math.max(a, removedEnd) + shift, b + shift]);
  }
  all.push([p, insertedEnd]);
  all.sort((x, y) => x[0] - y[0]);
  for (const [a, b] of all) add(a, b);
  return out;
}

/** Draft variables the user changes by typing (text fields): a change there waits for the typing to pause. */
const TYPED_VARS: ReadonlySet<string> = new Set<keyof DraftVariables>(['candidateName', 'contactName', 'company', 'role', 'interviewTime', 'proposedSlots']);

export interface RedraftInputs {
  /** Intent, reason, tone, seed, language, register, the user's templates: changed by a click. */
  choice: string;
  vars: Partial<DraftVariables>;
}

/**
 * How long to wait before re-drafting: at once for the first draft and for anything a click
 * changes (an intent, tone, reason, "Another wording", a checkbox, a new analysis); the
 * typing debounce only when nothing but text fields changed.
 */
export function redraftDelay(prev: RedraftInputs | null, next: RedraftInputs, debounceMs: number): number {
  if (!prev || prev.choice !== next.choice) return 0;
  const keys = new Set([...Object.keys(prev.vars), ...Object.keys(next.vars)]);
  for (const k of keys) {
    const a = prev.vars[k as keyof DraftVariables];
    const b = next.vars[k as keyof DraftVariables];
    if (JSON.stringify(a) !== JSON.stringify(b) && !TYPED_VARS.has(k)) return 0;
  }
  return debounceMs;
}
