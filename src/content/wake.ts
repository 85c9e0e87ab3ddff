// Wakes the service worker when a scan is scheduled, so its start (Chrome stops an idle worker
// after 30 s) overlaps the scan debounce instead of following it. The wake is a runtime port
// (WAKE_PORT): connecting starts a stopped worker, which warms up on it
// (src/background/warm-up.ts), and the port's end tells us when the worker has stopped. An
// open port does not keep the worker alive (Chrome 114+: only messages do), so while it is
// connected the worker runs and a message switch costs nothing; after it dropped, the next
// scheduled scan connects again. We close it ourselves after 25 s, within the 30 s idle
// limit, so it can never be what keeps a background alive (Firefox's event page counts ports).
import { WAKE_PORT } from '../shared/messages';

export const WAKE_PORT_MS = 25_000;

export interface WakePort {
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

export function createWaker(connect: (name: string) => WakePort, closeAfterMs = WAKE_PORT_MS): () => void {
  let port: WakePort | null = null;
  return () => {
    if (port) return;
    try {
      const p = connect(WAKE_PORT);
      port = p;
      p.onDisconnect.addListener(() => {
        if (port === p) port = null;
      });
      setTimeout(() => {
        if (port !== p) return;
        port = null;
        try {
          p.disconnect();
        } catch {
          // already gone
        }
      }, closeAfterMs);
    } catch {
      port = null; // an orphaned script: the app notices on its own
    }
  };
}
