// Writing the mirror (./mirror.ts) to storage.sync: sized against the sync limits and what
// else is stored there, so no write can exceed an item's quota or the total; parts that did
// not change are not written again; leftover parts are removed first (the browser counts
// them against the total until then). A refusal never undoes the save in storage.local: the
// outcome says what reached the user's other browsers.
import { classifyError, errorText, itemBytes, syncLimits, totalOverhead, type SettingsAreas } from './areas';
import { MIRROR_KEY, isMirrorKey, partKey, planMirror } from './mirror';
import { fullHash, type Envelope, type State } from './state';

export type SyncOutcome =
  | { kind: 'synced' }
  /** Saved, but these template groups are too large to sync; they stay in this browser. */
  | { kind: 'partial'; omitted: string[] }
  /** Saved in this browser only: sync refused (too many writes a minute, full, or another error). */
  | { kind: 'not-synced'; why: 'rate' | 'full' | 'error'; detail: string };

export async function writeMirror(areas: SettingsAreas, state: State, env: Envelope, removing: string[]): Promise<SyncOutcome> {
  const limits = syncLimits(areas.sync);
  const others = Object.entries(state.sync).filter(([k]) => !isMirrorKey(k) && !removing.includes(k));
  const used = others.reduce((n, [k, v]) => n + itemBytes(k, v), 0);
  const plan = planMirror(
    env.settings,
    { rev: env.rev, savedAt: env.savedAt, device: env.device, fullHash: fullHash(env.settings), elsewhere: env.elsewhere ?? [] },
    limits,
    limits.total - used - 4 * others.length,
    limits.maxItems - others.length,
  );
  if (!plan) return { kind: 'not-synced', why: 'full', detail: '' };
  const items: Record<string, unknown> = { [MIRROR_KEY]: plan.head };
  plan.parts.forEach((p, i) => {
    if (state.sync[partKey(i)] !== p) items[partKey(i)] = p;
  });
  const keep = new Set([MIRROR_KEY, ...plan.parts.map((_, i) => partKey(i))]);
  const stale = Object.keys(state.sync).filter((k) => isMirrorKey(k) && !keep.has(k));
  try {
    if (stale.length > 0) await areas.sync.remove(stale);
    await areas.sync.set(items);
  } catch (e) {
    const kind = classifyError(e);
    return { kind: 'not-synced', why: kind === 'rate' ? 'rate' : 'error', detail: errorText(e) };
  }
  return plan.tooLarge.length > 0 ? { kind: 'partial', omitted: plan.tooLarge } : { kind: 'synced' };
}

/** What reached sync already, when no write is needed: the head says what it left out. */
export function currentOutcome(state: State, env: Envelope): SyncOutcome | null {
  if (state.mirror.kind !== 'ok') return null;
  const omitted = state.mirror.head.omitted.filter((k) => k in env.settings.templates);
  return omitted.length > 0 ? { kind: 'partial', omitted } : { kind: 'synced' };
}
