// The reason the user chose, per intent, for the session (issue 16): visiting Accept or
// Follow-up (which take no reason) and coming back finds the reason they chose, not the
// default. Pure choice logic plus a holder that lives as long as the page it runs in; inside an
// extension page (the panel's frame, the popup) it also keeps the choice in sessionStorage, so a
// panel opened again in the same tab remembers it. Never in a web page's storage: there the
// page's own scripts could read it.
import type { Intent, Reason } from '../../shared/types';
import { REASONS_BY_INTENT, isOneOf, INTENTS, REASONS } from '../../shared/ids';
import { defaultReasonFor } from '../../shared/first-draft';

export type ReasonMemory = Readonly<Partial<Record<Intent, Reason>>>;

/** The reason to show for `intent`: the one the user chose for it, else their default, else the intent's first ("no reason"). */
export function reasonFor(memory: ReasonMemory, intent: Intent, preferred?: Reason): Reason {
  const chosen = memory[intent];
  if (chosen && REASONS_BY_INTENT[intent].includes(chosen)) return chosen;
  return defaultReasonFor(intent, preferred);
}

/** The user chose `reason` for `intent`. */
export function remember(memory: ReasonMemory, intent: Intent, reason: Reason): ReasonMemory {
  return REASONS_BY_INTENT[intent].includes(reason) ? { ...memory, [intent]: reason } : memory;
}

const KEY = 'tactful.reasons';
let held: ReasonMemory = {};

function sessionArea(): Storage | null {
  try {
    const proto = globalThis.location?.protocol ?? '';
    return /-extension:$/.test(proto) ? globalThis.sessionStorage : null;
  } catch {
    return null;
  }
}

/** Only known intents and reasons survive a read: the stored text is not trusted. */
export function parseMemory(raw: unknown): ReasonMemory {
  if (typeof raw !== 'string') return {};
  try {
    const o = JSON.parse(raw) as unknown;
    if (!o || typeof o !== 'object') return {};
    const out: Partial<Record<Intent, Reason>> = {};
    for (const [k, v] of Object.entries(o)) if (isOneOf(INTENTS, k) && isOneOf(REASONS, v)) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

export function loadReasonMemory(): ReasonMemory {
  const area = sessionArea();
  if (area) held = { ...parseMemory(area.getItem(KEY)), ...held };
  return held;
}

export function saveReasonMemory(memory: ReasonMemory): void {
  held = memory;
  try {
    sessionArea()?.setItem(KEY, JSON.stringify(memory));
  } catch {
    // storage refused: the choice is still held for this page
  }
}

/** Tests: forget what this page holds. */
export function resetReasonMemory(): void {
  held = {};
}
