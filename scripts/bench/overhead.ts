// 2. Page overhead: main-thread time on the large fixture page with the extension and
// without it, for the same scripted work: a page load, a burst of 1,000 DOM mutations that
// leave the open message alone, and 100 message switches. Each sample records
// Performance.getMetrics ScriptDuration / TaskDuration deltas and a devtools.timeline
// trace (for the time inside our content script and the long tasks).
import type { Page } from 'playwright-core';
import { GMAIL, longTasksSeen, newTab, openFixture, type Side, type Tab } from './browser';
import { metrics, startTrace, stopTrace } from './cdp';
import { sleep } from './stats';
import { LONG_TASK_MS, summarizeTrace, type LongTask } from './trace';

export interface PhaseSample {
  /** ms of JavaScript on the page's main thread (all worlds), Performance ScriptDuration delta. */
  scriptMs: number;
  /** ms of main-thread tasks, TaskDuration delta. */
  taskMs: number;
  /** ms of main-thread CPU (Performance ThreadTime delta). */
  cpuMs: number;
  /** ms inside our content script's calls (trace), wall and CPU; NaN for the baseline. */
  oursMs: number;
  oursCpuMs: number;
  /** Main-thread tasks > 50 ms (trace); those with any of our calls in them; those our part made long. */
  longTasks: number;
  longTasksOurs: number;
  longTasksCaused: number;
  /** Tasks with more than 50 ms of CPU (thread) time, and those our CPU time made so. */
  cpuLongTasks: number;
  cpuLongTasksCaused: number;
  longTaskDetail: LongTask[];
  /** Largest share of one long task spent in our calls (ms wall, and that task's CPU figures). */
  oursInLongMs: number;
  worstLong: LongTask | null;
  /** Long tasks the page's PerformanceObserver reported in this window. */
  observedLongTasks: number;
}

/** Quiet time after the scripted work, so debounced scans (120 ms, ceiling 600 ms) and analysis replies land inside the window. */
export const SETTLE_MS = 900;

async function measure(side: Side, tab: Tab, work: () => Promise<void>): Promise<PhaseSample> {
  const seenBefore = (await longTasksSeen(tab.page).catch(() => [])).length;
  const before = await metrics(tab.cdp);
  await startTrace(tab.cdp);
  await work();
  await sleep(SETTLE_MS);
  const after = await metrics(tab.cdp);
  const events = await stopTrace(tab.cdp);
  const seen = await longTasksSeen(tab.page).catch(() => []);
  const t = summarizeTrace(events, { pageUrlPrefix: GMAIL.replace(/\/mail\/.*$/, '/'), scriptUrl: side.scriptUrl });
  return {
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    cpuMs: (after.ThreadTime - before.ThreadTime) * 1000,
    oursMs: side.scriptUrl ? t.oursMs : NaN,
    oursCpuMs: side.scriptUrl ? t.oursCpuMs : NaN,
    longTasks: t.longTasks.length,
    longTasksOurs: t.longTasks.filter((l) => l.oursMs > 0).length,
    longTasksCaused: t.longTasks.filter((l) => l.causedByUs).length,
    cpuLongTasks: t.longTasks.filter((l) => l.cpuMs > LONG_TASK_MS).length,
    cpuLongTasksCaused: t.longTasks.filter((l) => l.cpuMs > LONG_TASK_MS && l.oursCpuMs > 0 && l.cpuMs - l.oursCpuMs <= LONG_TASK_MS).length,
    longTaskDetail: t.longTasks,
    oursInLongMs: Math.max(0, ...t.longTasks.map((l) => l.oursMs)),
    worstLong: t.longTasks.filter((l) => l.oursMs > 0).sort((a, b) => b.oursMs - a.oursMs)[0] ?? null,
    observedLongTasks: Math.max(0, seen.length - seenBefore),
  };
}

/** One cold page load of `hash` in a new tab (a new renderer: the metrics start from zero). */
export async function loadSample(side: Side, hash: string): Promise<PhaseSample & { button: boolean }> {
  const tab = await newTab(side);
  try {
    // about:blank → mail.google.com swaps renderers; ScriptDuration is ~0 before.
    const s = await measure(side, tab, () => openFixture(tab.page, hash));
    const button = (await tab.page.locator('[data-tactful-button]').count()) > 0;
    return { ...s, button };
  } finally {
    await tab.page.close();
  }
}

/**
 * 1,000 mutations that do not touch the open message, in 100 tasks of 10: new nodes in the
 * side panel (fixture.churn), class flips on rows of the hidden thread list, tooltips
 * added to and removed from <body>, class flips on the open message's star.
 */
export function burst(page: Page, total = 1000, perTask = 10): Promise<void> {
  return page.evaluate(
    async ({ total, perTask }) => {
      const w = window as unknown as { fixture: { churn(n: number): void } };
      const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-fixture-retained] tr'));
      const star = document.querySelector<HTMLElement>('[role="main"] .zd') ?? document.body;
      const held: { tip: HTMLElement | null } = { tip: null };
      let done = 0;
      const one = (i: number): void => {
        switch (i % 4) {
          case 0:
            w.fixture.churn(1);
            break;
          case 1: {
            const row = rows[(i * 7919) % Math.max(1, rows.length)];
            row?.classList.toggle('x7');
            break;
          }
          case 2:
            if (held.tip) {
              held.tip.remove();
              held.tip = null;
            } else {
              const tip = document.createElement('div');
              tip.className = 'T-ays';
              tip.setAttribute('role', 'tooltip');
              tip.textContent = 'Archive';
              document.body.appendChild(tip);
              held.tip = tip;
            }
            break;
          default:
            star.classList.toggle('T-KT-JX');
        }
      };
      await new Promise<void>((resolve) => {
        const step = () => {
          for (let k = 0; k < perTask && done < total; k++, done++) one(done);
          if (done < total) setTimeout(step, 0);
          else resolve();
        };
        step();
      });
      held.tip?.remove();
    },
    { total, perTask },
  );
}

export async function burstSample(side: Side, tab: Tab): Promise<PhaseSample> {
  return measure(side, tab, () => burst(tab.page));
}

/** `count` switches through `ids` in the page (fixture.open), one every `everyMs`. */
export function switches(page: Page, ids: string[], count: number, everyMs: number, offset = 0): Promise<void> {
  return page.evaluate(
    async ({ ids, count, everyMs, offset }) => {
      const w = window as unknown as { fixture: { open(id: string): void } };
      for (let i = 0; i < count; i++) {
        w.fixture.open(ids[(offset + i) % ids.length]!);
        await new Promise((r) => setTimeout(r, everyMs));
      }
    },
    { ids, count, everyMs, offset },
  );
}

export async function switchSample(side: Side, tab: Tab, ids: string[], count: number, everyMs: number, offset: number): Promise<PhaseSample> {
  return measure(side, tab, () => switches(tab.page, ids, count, everyMs, offset));
}
