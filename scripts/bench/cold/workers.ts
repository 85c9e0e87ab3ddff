// The extensions' service workers as the browser reports them, without a DevTools session on
// any of them: the ServiceWorker domain on a page session (version status: starting,
// running, stopping, stopped) and target discovery on the browser session. Stopping goes
// through ServiceWorker.stopAllWorkers, what chrome://serviceworker-internals' "Stop" does;
// each stop is proved by the version's own status ('stopped') and its target's end.
import type { CDPSession } from 'puppeteer-core';

type Status = 'stopped' | 'starting' | 'running' | 'stopping';

interface Version {
  versionId: string;
  scriptURL: string;
  runningStatus: Status;
}

export interface WorkerWatch {
  /** Running status of the worker whose script URL starts with `origin`, or 'none'. */
  status(origin: string): Status | 'none';
  /** How many times that worker has started since the watch began. */
  starts(origin: string): number;
  /** Stops every worker; resolves once each is 'stopped' and has no target (throws after 10 s). */
  stopAll(): Promise<void>;
  /** Waits until `origin`'s worker runs (waking it is the caller's job). */
  running(origin: string, timeoutMs?: number): Promise<void>;
  /** Waits, sending nothing, until `origin`'s worker stops on its own; the seconds it took, or null. */
  idleStop(origin: string, timeoutMs: number): Promise<number | null>;
}

const sleep = (t: number) => new Promise<void>((r) => setTimeout(r, t));

export async function watchWorkers(page: CDPSession, browser: CDPSession): Promise<WorkerWatch> {
  const versions = new Map<string, Version>();
  const startCount = new Map<string, number>();
  const targets = new Map<string, string>(); // targetId → url (service workers only)
  page.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
    for (const v of e.versions) {
      const before = versions.get(v.versionId)?.runningStatus;
      if (v.runningStatus === 'starting' && before !== 'starting') startCount.set(v.scriptURL, (startCount.get(v.scriptURL) ?? 0) + 1);
      versions.set(v.versionId, v);
    }
  });
  browser.on('Target.targetCreated', (e: { targetInfo: { targetId: string; type: string; url: string } }) => {
    if (e.targetInfo.type === 'service_worker') targets.set(e.targetInfo.targetId, e.targetInfo.url);
  });
  browser.on('Target.targetDestroyed', (e: { targetId: string }) => {
    targets.delete(e.targetId);
  });
  await browser.send('Target.setDiscoverTargets', { discover: true });
  await page.send('ServiceWorker.enable');

  const of = (origin: string) => [...versions.values()].filter((v) => v.scriptURL.startsWith(origin));
  const status = (origin: string): Status | 'none' => {
    const list = of(origin);
    if (!list.length) return 'none';
    return list.some((v) => v.runningStatus !== 'stopped') ? (list.find((v) => v.runningStatus !== 'stopped')!.runningStatus) : 'stopped';
  };
  const until = async (ok: () => boolean, timeoutMs: number, what: string) => {
    const end = Date.now() + timeoutMs;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(5);
    }
  };
  return {
    status,
    starts: (origin) => [...startCount].reduce((n, [url, k]) => (url.startsWith(origin) ? n + k : n), 0),
    async stopAll() {
      const stopped = () => [...versions.values()].every((v) => v.runningStatus === 'stopped') && targets.size === 0;
      // A worker still installing when asked is stopped on a later request.
      for (let i = 0; i < 20 && !stopped(); i++) {
        await page.send('ServiceWorker.stopAllWorkers');
        await until(stopped, 500, 'every worker to stop').catch(() => {});
      }
      if (!stopped()) throw new Error(`workers did not stop: ${JSON.stringify([...versions.values()].map((v) => [v.scriptURL, v.runningStatus]))}, targets ${[...targets.values()].join(', ')}`);
    },
    running: (origin, timeoutMs = 10_000) => until(() => status(origin) === 'running', timeoutMs, `${origin} to run`),
    async idleStop(origin, timeoutMs) {
      const t0 = Date.now();
      try {
        await until(() => status(origin) === 'stopped' && ![...targets.values()].some((u) => u.startsWith(origin)), timeoutMs, 'an idle stop');
        return (Date.now() - t0) / 1000;
      } catch {
        return null;
      }
    },
  };
}
