// Wakes the service worker when a scan is scheduled, so its start (Chrome stops an idle worker
// after 30 s) overlaps the scan debounce instead of following it; the worker answers at once
// and warms up (src/background/warm-up.ts). At most one wake per 20 s: a worker that heard
// from us that recently is still running, and a message switch should cost no extra message.
import type { CoreRequest } from '../shared/messages';

export const WAKE_EVERY_MS = 20_000;

export function createWaker(send: (msg: CoreRequest) => Promise<unknown>, now: () => number = () => performance.now()): () => void {
  let last: number | null = null;
  return () => {
    const t = now();
    if (last !== null && t - last < WAKE_EVERY_MS) return;
    last = t;
    try {
      void send({ type: 'core/wake' }).catch(() => {});
    } catch {
      // an orphaned script: the watcher notices on its own
    }
  };
}
