// Insert into reply, as pure transitions: one activation inserts once (a double or triple
// click is one), and once a draft is in this reply a second Insert asks first. No DOM, no
// timers: ./use-send.ts runs the insertion and keeps this state.

export interface SendFlow {
  /** idle; waiting for the newest draft; inserting; asking "Insert again?". */
  phase: 'idle' | 'waiting' | 'inserting' | 'confirm';
  /** How many times a draft went into this reply from this composer. */
  inserted: number;
}

export const SEND_IDLE: SendFlow = { phase: 'idle', inserted: 0 };

/** Insert pressed: `go` says whether to start inserting now. */
export function pressInsert(f: SendFlow): { flow: SendFlow; go: boolean } {
  if (f.phase !== 'idle') return { flow: f, go: false }; // a second click of the same activation, or while asking
  if (f.inserted > 0) return { flow: { ...f, phase: 'confirm' }, go: false };
  return { flow: { ...f, phase: 'waiting' }, go: true };
}

/** "Insert again" in the question: go on. */
export function confirmAgain(f: SendFlow): { flow: SendFlow; go: boolean } {
  return f.phase === 'confirm' ? { flow: { ...f, phase: 'waiting' }, go: true } : { flow: f, go: false };
}

/** "Don't insert", or the question closed another way. */
export function cancelAgain(f: SendFlow): SendFlow {
  return f.phase === 'confirm' ? { ...f, phase: 'idle' } : f;
}

/** The newest draft is there: the text is taken and goes in now. */
export function startInserting(f: SendFlow): SendFlow {
  return { ...f, phase: 'inserting' };
}

/** The insertion ended (or never started): `ok` counts it. */
export function finishInsert(f: SendFlow, ok: boolean): SendFlow {
  return { phase: 'idle', inserted: f.inserted + (ok ? 1 : 0) };
}

/** The draft must not change under the user's eyes while it is being taken and inserted. */
export function isBusy(f: SendFlow): boolean {
  return f.phase === 'waiting' || f.phase === 'inserting';
}
