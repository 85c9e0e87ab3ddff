// Reading a devtools.timeline trace: the page's main thread, the time spent in our content
// script (FunctionCall / EvaluateScript / v8.compile events whose URL is the script's), and
// the long tasks (> 50 ms) on that thread, each with the part that was ours.
import type { TraceEvent } from './cdp';

export const LONG_TASK_MS = 50;

export interface LongTask {
  /** Wall time of the task and of our calls in it (what a user waits for). */
  ms: number;
  oursMs: number;
  /** CPU (thread) time of the task and of our calls in it: on a busy 2-core machine a task's wall time also counts time the thread waited for a core. */
  cpuMs: number;
  oursCpuMs: number;
  /** The task would have been ≤ 50 ms without our part: the extension made it long. */
  causedByUs: boolean;
  /** The largest events inside, "name url-tail ms". */
  inside: string[];
}

export interface TraceSummary {
  /** Main-thread milliseconds inside our content script's own calls (nested events merged), wall and CPU. */
  oursMs: number;
  oursCpuMs: number;
  /** Main-thread tasks longer than 50 ms, with our part and what filled them (largest events inside). */
  longTasks: LongTask[];
  /** Main-thread task time in the trace (ms). */
  taskMs: number;
}

const OWN_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.produceCache', 'v8.produceModuleCache', 'TimerFire', 'EventDispatch']);

function urlOf(e: TraceEvent): string {
  return e.args?.data?.url ?? e.args?.fileName ?? '';
}

/**
 * The renderer main thread running the page: the CrRendererMain of the process the browser
 * reports for a frame on `pageUrlPrefix` (TracingStartedInBrowser / FrameCommittedInBrowser);
 * if several, the busiest. Falls back to the thread with most calls into the page's scripts.
 */
export function pageMainThread(events: TraceEvent[], pageUrlPrefix: string): string | null {
  const mainOf = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainOf.set(e.pid, `${e.pid}:${e.tid}`);
  }
  const pids = new Set<number>();
  for (const e of events) {
    const data = e.args?.data as { frames?: Array<{ url?: string; processId?: number }>; url?: string; processId?: number } | undefined;
    if (!data) continue;
    if (e.name === 'TracingStartedInBrowser') {
      for (const f of data.frames ?? []) if (f.url?.startsWith(pageUrlPrefix) && f.processId) pids.add(f.processId);
    } else if (e.name === 'FrameCommittedInBrowser' && data.url?.startsWith(pageUrlPrefix) && data.processId) pids.add(data.processId);
  }
  const busy = new Map<string, number>();
  const threads = new Set([...pids].map((p) => mainOf.get(p)).filter((t): t is string => !!t));
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (threads.size > 0) {
      if (threads.has(key) && e.name === 'RunTask') busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
    } else if ([...mainOf.values()].includes(key) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && urlOf(e).startsWith(pageUrlPrefix)) {
      busy.set(key, (busy.get(key) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [k, n] of busy) if (best === null || n > (busy.get(best) ?? 0)) best = k;
  return best;
}

function merge(intervals: Array<[number, number]>): Array<[number, number]> {
  const s = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const iv of s) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

function overlap(ivs: Array<[number, number]>, a: number, b: number): number {
  let t = 0;
  for (const [x, y] of ivs) {
    if (y <= a) continue;
    if (x >= b) break;
    t += Math.min(b, y) - Math.max(a, x);
  }
  return t;
}

export function summarizeTrace(events: TraceEvent[], { pageUrlPrefix, scriptUrl }: { pageUrlPrefix: string; scriptUrl: string | null }): TraceSummary {
  const thread = pageMainThread(events, pageUrlPrefix);
  if (!thread) return { oursMs: NaN, oursCpuMs: NaN, longTasks: [], taskMs: NaN };
  const onThread = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread);
  // Ours: events carrying our URL; TimerFire/EventDispatch carry none and only count through
  // the FunctionCall nested in them.
  const ownEvents = scriptUrl ? onThread.filter((e) => OWN_EVENTS.has(e.name) && urlOf(e) === scriptUrl) : [];
  const ours = merge(ownEvents.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]));
  const oursMs = ours.reduce((s, [a, b]) => s + (b - a), 0) / 1000;
  // CPU: thread time of the outermost of our events (nested ones are inside their parent's).
  const outer: TraceEvent[] = [];
  for (const e of [...ownEvents].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const last = outer[outer.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(e);
  }
  const cpuIn = (a: number, b: number) => outer.filter((e) => e.ts >= a && e.ts < b).reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const oursCpuMs = cpuIn(-Infinity, Infinity);
  const tasks = onThread.filter((e) => e.name === 'RunTask');
  const taskMs = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  const longTasks = tasks
    .filter((e) => (e.dur ?? 0) / 1000 > LONG_TASK_MS)
    .map((e): LongTask => {
      const end = e.ts + (e.dur ?? 0);
      const ms = (e.dur ?? 0) / 1000;
      const oursMs = overlap(ours, e.ts, end) / 1000;
      const inside = onThread
        .filter((x) => x !== e && x.ts >= e.ts && x.ts + (x.dur ?? 0) <= end && x.name !== 'RunTask' && (x.dur ?? 0) >= 5000)
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 4)
        .map((x) => `${x.name}${urlOf(x) ? ` ${urlOf(x).split('/').slice(-2).join('/')}` : ''} ${((x.dur ?? 0) / 1000).toFixed(1)}`);
      return { ms, oursMs, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000, oursCpuMs: cpuIn(e.ts, end), causedByUs: oursMs > 0 && ms - oursMs <= LONG_TASK_MS, inside };
    });
  return { oursMs, oursCpuMs, longTasks, taskMs };
}
