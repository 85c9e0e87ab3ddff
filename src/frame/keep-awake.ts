// While the panel is open the worker should stay running: Chrome stops an idle one after
// 30 s, and the next click (another intent, Insert: both go through the worker) would pay a
// cold start. A message resets the worker's idle timer; an open port alone does not (Chrome
// 114+). So the open panel sends `core/wake` every 20 s; the frame's document, and this timer
// with it, goes when the panel closes.
import type { CoreRequest } from '../shared/messages';

export const KEEP_AWAKE_EVERY_MS = 20_000;

export function keepWorkerAwake(send: (msg: CoreRequest) => Promise<unknown>, every = KEEP_AWAKE_EVERY_MS): () => void {
  const timer = setInterval(() => {
    try {
      void send({ type: 'core/wake' }).catch(() => {});
    } catch {
      clearInterval(timer); // the extension itself is gone
    }
  }, every);
  return () => clearInterval(timer);
}
