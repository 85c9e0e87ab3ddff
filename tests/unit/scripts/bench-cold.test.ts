// The cold-path bench's two pieces of logic that decide what it measures: the rewrite that
// keeps every DevTools session off the service workers (a session keeps a worker alive), and
// the split of one browser-wide trace into one record per worker start.
import { describe, expect, test } from 'vitest';
import { excludeWorkers } from '../../../scripts/bench/cold/launch';
import { workerCpus } from '../../../scripts/bench/cold/worker-cpu';

describe('cold bench: no session on a worker', () => {
  test("puppeteer's auto-attach gets service workers excluded first; other messages pass unchanged", () => {
    const attach = JSON.stringify({ id: 3, method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{}] } });
    const out = JSON.parse(excludeWorkers(attach)) as { params: { filter: Array<{ type?: string; exclude?: boolean }> } };
    expect(out.params.filter[0]).toEqual({ type: 'service_worker', exclude: true });
    expect(out.params.filter.slice(1)).toEqual([{}]);
    const other = JSON.stringify({ id: 4, method: 'Target.setDiscoverTargets', params: { discover: true } });
    expect(excludeWorkers(other)).toBe(other);
    // A request that names service workers itself (a diagnostic attach) is left as it is.
    const explicit = JSON.stringify({ id: 5, method: 'Target.setAutoAttach', params: { autoAttach: true, filter: [{ type: 'service_worker' }] } });
    expect(excludeWorkers(explicit)).toBe(explicit);
  });
});

describe('cold bench: one record per worker start', () => {
  const origin = 'chrome-extension://abc/';
  const thread = (pid: number) => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid: 1, args: { name: 'ServiceWorker thread' } });
  const x = (pid: number, name: string, ts: number, dur: number, tdur: number, url?: string) => ({ name, ph: 'X', ts, dur, tdur, pid, tid: 1, args: url ? { data: { url } } : {} });
  const start = (pid: number, t: number, msgCpu: number) => [
    thread(pid),
    x(pid, 'RunTask', t, 12_000, 10_000),
    x(pid, 'v8.compileModule', t + 100, 3_000, 3_000, `${origin}service-worker-loader.js`),
    x(pid, 'v8.evaluateModule', t + 4_000, 6_000, 6_000),
    x(pid, 'RunTask', t + 20_000, msgCpu + 500, msgCpu),
  ];

  test('two starts in two processes, in time order; another origin and a thread without our scripts are left out', () => {
    const events = [...start(20, 1_000_000, 40_000), ...start(10, 0, 20_000), thread(30), x(30, 'RunTask', 5, 10, 10), ...start(40, 2_000_000, 1_000).map((e) => (e.args && 'data' in e.args ? { ...e, args: { data: { url: 'chrome-extension://other/w.js' } } } : e))];
    const got = workerCpus(events, origin);
    expect(got).toHaveLength(2);
    expect(got.map((g) => g.message)).toEqual([20, 40]);
    expect(got[0]).toMatchObject({ compile: 3, evaluate: 6, cpu: 30 });
    expect(got[0]!.wall).toBeCloseTo(40.5, 5);
  });
});
