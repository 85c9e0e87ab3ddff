// Where a cold start's time goes inside the worker, from a browser-wide trace (Tracing on
// the browser session records every process without attaching to any worker): the
// ServiceWorker thread of the extension's renderer, from its first task to the reply to the
// message, in CPU time (trace `tdur`, robust to a loaded machine) and wall time.
import type { CDPSession } from 'puppeteer-core';

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; fileName?: string; data?: { url?: string } };
}

export interface WorkerCpu {
  /** CPU ms of the worker thread's tasks from its start to the end of the task that answered. */
  cpu: number;
  /** Wall ms over the same span. */
  wall: number;
  /** CPU ms compiling the worker's modules, evaluating them, and running the first message. */
  compile: number;
  evaluate: number;
  message: number;
}

export const TRACE_CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

export async function traced<T>(browser: CDPSession, run: () => Promise<T>): Promise<{ value: T; events: Ev[] }> {
  const events: Ev[] = [];
  const onData = (e: { value: Ev[] }) => events.push(...e.value);
  browser.on('Tracing.dataCollected', onData);
  const done = new Promise<void>((r) => browser.once('Tracing.tracingComplete', () => r()));
  await browser.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    const value = await run();
    return { value, events };
  } finally {
    await browser.send('Tracing.end');
    await done;
    browser.off('Tracing.dataCollected', onData);
  }
}

/**
 * Every start of the worker whose scripts live under `origin` in `events`, in order. Each
 * start of an extension's worker runs in a fresh renderer process here, so one trace over
 * many stop → message cycles holds one ServiceWorker thread per start (one trace for all:
 * ending a trace costs 5–15 s while a stopped worker's process goes away).
 */
export function workerCpus(events: Ev[], origin: string): WorkerCpu[] {
  const threads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/.test(e.args?.name ?? '')).map((e) => `${e.pid}:${e.tid}`));
  const out: Array<WorkerCpu & { ts: number }> = [];
  for (const key of threads) {
    const xs = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    // A module worker: v8.compileModule per module, one v8.evaluateModule. A classic one:
    // v8.compile (from the code cache when there is one) and v8.run.
    const ours = (e: Ev) => (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith(origin);
    const compiles = xs.filter((e) => (e.name === 'v8.compileModule' || e.name === 'v8.compile') && ours(e));
    if (!compiles.length) continue;
    const evaluate = xs.find((e) => e.name === 'v8.evaluateModule' || (e.name === 'v8.run' && ours(e)));
    // The message: the sizeable task after evaluation (the runtime.onMessage dispatch).
    const tasks = xs.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
    const top = tasks.filter((e) => e.name === 'RunTask');
    const list = top.length ? top : tasks;
    const afterEval = evaluate ? list.filter((e) => e.ts >= evaluate.ts + (evaluate.dur ?? 0)) : list;
    const message = afterEval.reduce<Ev | null>((best, e) => ((e.tdur ?? 0) > (best?.tdur ?? -1) ? e : best), null);
    if (!message) continue;
    const end = message.ts + (message.dur ?? 0);
    const span = list.filter((e) => e.ts <= end);
    out.push({
      ts: span[0]!.ts,
      cpu: span.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
      wall: (end - span[0]!.ts) / 1000,
      compile: compiles.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
      evaluate: (evaluate?.tdur ?? 0) / 1000,
      message: (message.tdur ?? 0) / 1000,
    });
  }
  return out.sort((a, b) => a.ts - b.ts).map(({ ts: _ts, ...cpu }) => cpu);
}
