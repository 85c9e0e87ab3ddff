// Chrome DevTools Protocol helpers: Performance metrics, tracing (streamed), heap.
import type { CDPSession } from 'playwright-core';

export interface Metrics {
  /** Seconds of JavaScript on the page's main thread (all worlds), since Performance.enable / the document's renderer started. */
  ScriptDuration: number;
  /** Seconds of main-thread tasks (script, style, layout, paint, …), wall time. */
  TaskDuration: number;
  /** Seconds of CPU the renderer's main thread used. */
  ThreadTime: number;
  JSHeapUsedSize: number;
  [name: string]: number;
}

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const out: Record<string, number> = {};
  for (const m of list) out[m.name] = m.value;
  return out as Metrics;
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; fileName?: string; data?: { url?: string; frame?: string; functionName?: string } };
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) => {
    cdp.once('Tracing.tracingComplete', (e) => (e.stream ? resolve(e.stream) : reject(new Error('trace has no stream'))));
  });
  await cdp.send('Tracing.end');
  const handle = await complete;
  const parts: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle, size: 4 * 1024 * 1024 });
    parts.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const json = JSON.parse(parts.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(json) ? json : (json.traceEvents ?? []);
}

export interface Heap {
  /** Runtime.getHeapUsage usedSize after two forced GCs (the page's V8 isolate: page + isolated worlds). */
  used: number;
  nodes: number;
  listeners: number;
}

export async function gc(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

export async function heap(cdp: CDPSession): Promise<Heap> {
  await gc(cdp);
  const h = await cdp.send('Runtime.getHeapUsage');
  const d = await cdp.send('Memory.getDOMCounters');
  return { used: h.usedSize, nodes: d.nodes, listeners: d.jsEventListeners };
}

interface SamplingNode {
  callFrame: { url: string };
  selfSize: number;
  children: SamplingNode[];
}

/** Sampling heap profiler (allocation stacks of live objects), for what our script keeps alive. */
export async function startHeapSampling(cdp: CDPSession, samplingInterval = 4096): Promise<void> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval });
}

/** Live bytes (estimated) whose allocation stack includes a frame from `urlPrefix`; call after gc(). */
export async function sampledLiveBytes(cdp: CDPSession, urlPrefix: string): Promise<{ ours: number; all: number }> {
  const { profile } = (await cdp.send('HeapProfiler.getSamplingProfile')) as unknown as { profile: { head: SamplingNode } };
  let ours = 0;
  let all = 0;
  const walk = (n: SamplingNode, inOurs: boolean): void => {
    const mine = inOurs || (n.callFrame.url ?? '').startsWith(urlPrefix);
    all += n.selfSize;
    if (mine) ours += n.selfSize;
    for (const c of n.children) walk(c, mine);
  };
  walk(profile.head, false);
  return { ours, all };
}
