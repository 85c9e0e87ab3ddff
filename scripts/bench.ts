// npm run bench: how fast, how heavy and how big Tactful is. Measures; asserts nothing
// (the budgets `npm test` enforces live in tests/unit/budgets/). Prints one Markdown table
// of medians over repeated runs, with the machine it ran on. Build first: `npm run build`.
//
//   npm run bench                 full run (~4 min on 2 cores)
//   npm run bench -- --quick      fewer repetitions (a smoke run, not for quoting)
//   npm run bench -- --offline    skip the npm install of the libraries compared
//   npm run bench -- --analysis   only the analysis budgets and the bundle sizes (no browser)
//   npm run bench -- --cold       only the cold path (worker stopped vs warm, beside the do-nothing floor)
//   npm run bench -- --cold --dist ../other/dist/chrome   the same for another build (before/after)
//   npm run bench -- --switches   only our CPU per message switch (issue 18 §3: 3 traced runs × 60 switches)
//   npm run bench -- --json FILE  also write the raw results (default .tmp/bench.json)
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchCorpus, benchPathological } from './bench/analysis';
import { benchChecker } from './bench/checker';
import { launchBaseline, launchExtension, newTab, nodeCount, openFixture, fixtureIds, type Side, type Tab } from './bench/browser';
import { heap, gc, sampledLiveBytes, startHeapSampling, type Heap } from './bench/cdp';
import { installLibraries, librarySizes, type LibrarySize } from './bench/compare';
import { timeToButton, timeToInsert, type ButtonTiming, type InsertTiming } from './bench/latency';
import { load1, machine } from './bench/machine';
import { burstSample, loadSample, switchSample, type PhaseSample } from './bench/overhead';
import type { LongTask } from './bench/trace';
import { BUDGETS, distSizes, type EntrySize } from './bench/sizes';
import { ANALYSIS_BUDGETS, benchEmails, status } from './bench/analysis-budgets';
import { bytes, max, median, ms, num, percentile, ratio, signedBytes, sum, us } from './bench/stats';
import { markdownTable, type Row } from './bench/table';
import { CHROMIUM } from '../tests/browser/harness';
import { benchCold, type ColdResult } from './bench/cold/index';
import { coldRows } from './bench/cold/report';
import { benchSwitchCpu, type SwitchCpu } from './bench/switch-cpu';

const ROOT = path.resolve(import.meta.dirname, '..');
// --dist DIR: another build (another branch's dist/chrome, for a before/after); default ours.
const distAt = process.argv.indexOf('--dist');
const DIST = distAt >= 0 && process.argv[distAt + 1] ? path.resolve(process.argv[distAt + 1]!) : path.join(ROOT, 'dist', 'chrome');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
/** Only the analysis figures and the bundle sizes (no browser). */
const ANALYSIS_ONLY = args.includes('--analysis');
const OFFLINE = args.includes('--offline');
/** Only the cold path (6.), in its own Chromium. */
const COLD_ONLY = args.includes('--cold');
/** Only our CPU per message switch. */
const SWITCHES_ONLY = args.includes('--switches');
const COLD_PLAN = { samples: QUICK ? 3 : 12, idleCheck: !QUICK };
const jsonAt = args.indexOf('--json');
const JSON_OUT = path.resolve(ROOT, jsonAt >= 0 && args[jsonAt + 1] ? args[jsonAt + 1]! : '.tmp/bench.json');

const PLAN = QUICK
  ? { passes: 3, warmup: 1, patho: 3, loads: 2, bursts: 2, switchRuns: 2, switches: 30, opens: 10, inserts: 3 }
  : { passes: 10, warmup: 3, patho: 7, loads: 5, bursts: 5, switchRuns: 3, switches: 100, opens: 32, inserts: 10 };
const SWITCH_EVERY_MS = 200;
const LOAD_HASH = '#inbox/long-thread';

const t0 = Date.now();
const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);

function newestUnder(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestUnder(p) : st.mtimeMs);
  }
  return newest;
}

function alternate<T>(n: number, fn: (side: Side, i: number) => Promise<T>, ext: Side, base: Side): Promise<{ ext: T[]; base: T[] }> {
  return (async () => {
    const out = { ext: [] as T[], base: [] as T[] };
    for (let i = 0; i < n; i++) {
      out.ext.push(await fn(ext, i));
      out.base.push(await fn(base, i));
    }
    return out;
  })();
}

interface PhaseStats {
  scriptExt: number;
  scriptBase: number;
  cpuExt: number;
  cpuBase: number;
  oursCpu: number;
  worst: LongTask | null;
  taskExt: number;
  taskBase: number;
  ours: number;
  longExt: number;
  longBase: number;
  longOurs: number;
  longCaused: number;
  cpuLongExt: number;
  cpuLongBase: number;
  cpuLongCaused: number;
  oursInLong: number;
  observedExt: number;
  observedBase: number;
  n: number;
}

function phaseStats(s: { ext: PhaseSample[]; base: PhaseSample[] }): PhaseStats {
  const m = (xs: PhaseSample[], k: keyof PhaseSample) => median(xs.map((x) => x[k] as number));
  return {
    scriptExt: m(s.ext, 'scriptMs'),
    scriptBase: m(s.base, 'scriptMs'),
    cpuExt: m(s.ext, 'cpuMs'),
    cpuBase: m(s.base, 'cpuMs'),
    oursCpu: m(s.ext, 'oursCpuMs'),
    worst: s.ext.map((x) => x.worstLong).filter((x): x is LongTask => !!x).sort((a, b) => b.oursMs - a.oursMs)[0] ?? null,
    taskExt: m(s.ext, 'taskMs'),
    taskBase: m(s.base, 'taskMs'),
    ours: m(s.ext, 'oursMs'),
    longExt: sum(s.ext.map((x) => x.longTasks)),
    longBase: sum(s.base.map((x) => x.longTasks)),
    longOurs: sum(s.ext.map((x) => x.longTasksOurs)),
    longCaused: sum(s.ext.map((x) => x.longTasksCaused)),
    cpuLongExt: sum(s.ext.map((x) => x.cpuLongTasks)),
    cpuLongBase: sum(s.base.map((x) => x.cpuLongTasks)),
    cpuLongCaused: sum(s.ext.map((x) => x.cpuLongTasksCaused)),
    oursInLong: max(s.ext.map((x) => x.oursInLongMs)),
    observedExt: sum(s.ext.map((x) => x.observedLongTasks)),
    observedBase: sum(s.base.map((x) => x.observedLongTasks)),
    n: s.ext.length,
  };
}

function phaseRow(measure: string, p: PhaseStats, extra: string): Row {
  return {
    area: 'Page',
    measure,
    result: `JS ${ms(p.scriptExt)} vs ${ms(p.scriptBase)} without (${ratio(p.scriptExt / p.scriptBase)}); ours ${ms(p.oursCpu)} CPU, ${ms(p.ours)} wall`,
    detail: `main-thread CPU ${ms(p.cpuExt, 0)} vs ${ms(p.cpuBase, 0)} (${ratio(p.cpuExt / p.cpuBase)}), tasks (wall) ${ms(p.taskExt, 0)} vs ${ms(p.taskBase, 0)} (${ratio(p.taskExt / p.taskBase)}); median of ${p.n}; ${extra}`,
  };
}

function worstText(list: Array<LongTask | null>): string {
  const w = list.filter((x): x is LongTask => !!x).sort((a, b) => b.oursMs - a.oursMs)[0];
  return w ? `a ${ms(w.ms)} task (${ms(w.cpuMs)} CPU) with ${ms(w.oursMs)} of ours (${ms(w.oursCpuMs)} CPU)` : 'none';
}

/** The floor of a switch (issue 18): the observer, the debounce timer and one plain body read. */
const SWITCH_FLOOR_MS = 0.6;

function switchRow(sw: SwitchCpu): Row {
  return {
    area: 'Page',
    measure: 'our CPU per message switch',
    result: `${sw.oursCpuPerSwitch.toFixed(2)} ms CPU (${(sw.oursCpuPerSwitch / SWITCH_FLOOR_MS).toFixed(2)} × the ${SWITCH_FLOOR_MS} ms floor), ${sw.oursWallPerSwitch.toFixed(2)} ms wall`,
    detail: `median of ${sw.runs} traced runs × ${sw.switches} switches after 20 warm-up ones, one every 200 ms; main-thread CPU per switch ${sw.cpuExtPerSwitch.toFixed(2)} ms with vs ${sw.cpuBasePerSwitch.toFixed(2)} ms without; floor = observer + debounce + one plain body read (issue 18)`,
  };
}

function sizeRow(e: EntrySize, what: string, budget?: number): Row {
  const status = budget === undefined ? '' : `budget ${bytes(budget)} gzip: ${e.gzip <= budget ? 'within' : 'OVER'} (${Math.round((100 * e.gzip) / budget)} %); `;
  return { area: 'Size', measure: e.name, result: `${bytes(e.raw)} raw · ${bytes(e.gzip)} gzip`, detail: `${status}${what}` };
}

async function sessionTab(side: Side): Promise<Tab> {
  const tab = await newTab(side);
  await openFixture(tab.page, LOAD_HASH);
  // Sample allocations from before our script runs: reload in the same renderer.
  await startHeapSampling(tab.cdp);
  await tab.page.reload();
  await tab.page.locator('#fixture-app-ready').waitFor({ state: 'attached', timeout: 30_000 });
  if (side.scriptUrl) await tab.page.locator('[data-tactful-button]').first().waitFor({ state: 'attached', timeout: 15_000 });
  return tab;
}

async function main(): Promise<void> {
  const notes: string[] = [];
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    process.stderr.write('dist/chrome is missing: run `npm run build` first.\n');
    process.exit(2);
  }
  const srcNewer = newestUnder(path.join(ROOT, 'src')) > statSync(path.join(DIST, 'manifest.json')).mtimeMs;
  if (srcNewer) notes.push('src/ has files newer than dist/chrome: run `npm run build` before quoting these figures.');
  const mach = machine(CHROMIUM);
  const loadAtStart = load1();
  log(`${mach.cpu} × ${mach.cores}, node ${mach.node}, ${mach.chromium}${QUICK ? ' — QUICK run' : ''}`);

  if (SWITCHES_ONLY) {
    const sw = await benchSwitchCpu({ runs: QUICK ? 1 : 3 }, log);
    const header = `Tactful bench, CPU per message switch — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${mach.chromium} · load average ${loadAtStart.toFixed(1)} at start, ${load1().toFixed(1)} at end`;
    process.stdout.write(`\n${header}\n\n${markdownTable([switchRow(sw)])}\n`);
    mkdirSync(path.dirname(JSON_OUT), { recursive: true });
    writeFileSync(JSON_OUT, JSON.stringify({ when: new Date().toISOString(), machine: mach, switchCpu: sw }, null, 1));
    return;
  }

  if (COLD_ONLY) {
    const cold = await benchCold(ROOT, CHROMIUM, COLD_PLAN, log, DIST);
    const header = [
      `Tactful bench, cold path only — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${QUICK ? ' — QUICK run, not for quoting' : ''}`,
      `Machine: ${mach.cpu}, ${mach.cores} cores, ${mach.memory}, ${mach.os} · Node ${mach.node} · ${mach.chromium} (headless=new) · load average ${loadAtStart.toFixed(1)} at start, ${load1().toFixed(1)} at end`,
    ];
    const table = markdownTable(coldRows(cold));
    process.stdout.write(`\n${header.join('\n')}\n\n${table}\n`);
    if (notes.length) process.stdout.write(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
    mkdirSync(path.dirname(JSON_OUT), { recursive: true });
    writeFileSync(JSON_OUT, JSON.stringify({ when: new Date().toISOString(), quick: QUICK, machine: mach, coldPlan: COLD_PLAN, cold, table }, null, 1));
    log(`raw results: ${path.relative(ROOT, JSON_OUT)}`);
    return;
  }

  // 4. Sizes first (and the libraries' install, before anything is timed).
  const dist = distSizes(DIST);
  let libs: LibrarySize[] = [];
  if (OFFLINE || ANALYSIS_ONLY) notes.push('Libraries not compared (--offline).');
  else {
    log('npm install --no-save @inboxsdk/core gmail-js into a temporary folder …');
    const install = await installLibraries();
    if (install.ok) {
      libs = await librarySizes(install);
      log(`installed in ${install.seconds.toFixed(0)} s`);
    } else notes.push(`Libraries not compared: npm install failed (${install.error || 'offline?'}).`);
    install.cleanup();
  }

  // 1. Analysis, in this process, one thread: real dev mail and our written corpus.
  log('analysis: corpus …');
  const corpus = benchCorpus(benchEmails(), { passes: PLAN.passes, warmup: PLAN.warmup });
  log('analysis: 5 MB emails …');
  const patho = benchPathological({ runs: PLAN.patho });
  log('tact checker: 5,000-word draft …');
  const checker = benchChecker({ runs: PLAN.patho });
  if (ANALYSIS_ONLY) {
    console.log(`analysis median ${(corpus.medianUs / 1000).toFixed(2)} ms per email (p99 ${(corpus.p99Us / 1000).toFixed(2)} ms, ${corpus.emails} emails × ${corpus.passes} passes) — ${status(corpus.medianUs / 1000, ANALYSIS_BUDGETS.medianMs, 'ms')}`);
    for (const p of patho) console.log(`5 MB email, ${p.name}: median ${p.medianMs.toFixed(1)} ms, max ${p.maxMs.toFixed(1)} ms — ${status(p.medianMs, ANALYSIS_BUDGETS.fiveMbMs, 'ms')}`);
    console.log(`worker bundle (service-worker-loader.js + ${dist.background.files.length - 1} file(s)): ${(dist.background.gzip / 1024).toFixed(1)} KB gzip — ${status(dist.background.gzip / 1024, ANALYSIS_BUDGETS.workerGzip / 1024, 'KB')}`);
    return;
  }

  // 6. The cold path, in its own Chromium (no DevTools session on any worker), before the others start.
  log('cold path: Tactful and the do-nothing floor, workers stopped and warm …');
  const cold: ColdResult = await benchCold(ROOT, CHROMIUM, COLD_PLAN, log, DIST);

  // 2, 3, 5. Chromium with and without the extension.
  log('launching Chromium with and without the extension …');
  const ext = await launchExtension();
  const base = await launchBaseline();
  try {
    log('warm-up loads …');
    await loadSample(ext, LOAD_HASH);
    await loadSample(base, LOAD_HASH);
    log(`page loads × ${PLAN.loads} each …`);
    const loads = await alternate(PLAN.loads, (s) => loadSample(s, LOAD_HASH), ext, base);
    const buttonsAtLoad = loads.ext.filter((l) => l.button).length;

    log('session tabs …');
    const tabs = { ext: await sessionTab(ext), base: await sessionTab(base) };
    const nodesConversation = await nodeCount(tabs.ext.page);
    const ids = await fixtureIds(tabs.ext.page);
    const tabOf = (s: Side) => (s === ext ? tabs.ext : tabs.base);

    log(`mutation bursts × ${PLAN.bursts} each …`);
    const bursts = await alternate(PLAN.bursts, (s) => burstSample(s, tabOf(s)), ext, base);

    // Switch through invitations and other mail, the long thread among them.
    const cycle: string[] = [ids.longThread];
    for (let i = 0; i < 30; i++) cycle.push(ids.invitations[1 + i]!, ids.others[i]!);
    log(`message switches: ${PLAN.switchRuns} runs × ${PLAN.switches} each …`);
    const switchSamples = { ext: [] as PhaseSample[], base: [] as PhaseSample[] };
    const heaps = { ext: [] as Heap[], base: [] as Heap[] };
    const ours: number[] = [];
    const oursAll: number[] = [];
    const heapBefore = { ext: await heap(tabs.ext.cdp), base: await heap(tabs.base.cdp) };
    const oursBefore = (await sampledLiveBytes(tabs.ext.cdp, ext.extensionOrigin!)).ours;
    for (let r = 0; r < PLAN.switchRuns; r++) {
      for (const s of [ext, base]) {
        const tab = tabOf(s);
        const sample = await switchSample(s, tab, cycle, PLAN.switches, SWITCH_EVERY_MS, r * PLAN.switches);
        (s === ext ? switchSamples.ext : switchSamples.base).push(sample);
        const h = await heap(tab.cdp);
        (s === ext ? heaps.ext : heaps.base).push(h);
        if (s === ext) {
          const live = await sampledLiveBytes(tab.cdp, ext.extensionOrigin!);
          ours.push(live.ours);
          oursAll.push(live.all);
        }
      }
      log(`  run ${r + 1}: ${(r + 1) * PLAN.switches} switches`);
    }

    log(`time to button × ${PLAN.opens} …`);
    const buttons: ButtonTiming[] = [];
    for (let i = 0; i < PLAN.opens; i++) {
      const id = i === 0 ? ids.longThread : ids.invitations[40 + i]!;
      buttons.push(await timeToButton(tabs.ext.page, id));
      await new Promise((r) => setTimeout(r, 150));
    }
    log(`time to insert × ${PLAN.inserts} …`);
    const inserts: InsertTiming[] = [];
    for (let i = 0; i < PLAN.inserts; i++) inserts.push(await timeToInsert(tabs.ext.page, ids.invitations[80 + i]!));
    await gc(tabs.ext.cdp);

    await tabs.ext.page.evaluate(() => (window as unknown as { fixture: { close(): void } }).fixture.close());
    const nodesInbox = await nodeCount(tabs.ext.page);
    const stray = [...ext.stray, ...base.stray];
    if (stray.length) notes.push(`Requests that tried to leave the machine: ${stray.slice(0, 3).join(', ')}`);

    // ---- the table -------------------------------------------------------------------
    const rows: Row[] = [];
    rows.push(
      {
        area: 'Analysis',
        measure: `analyzeEmail per email, corpus (${corpus.emails} emails)`,
        result: `median ${us(corpus.medianUs)} · p99 ${us(corpus.p99Us)}`,
        detail: `${status(corpus.medianUs / 1000, ANALYSIS_BUDGETS.medianMs, 'ms')}; real dev mail and our written corpus; ${corpus.passes} passes after ${corpus.warmup} warm-up passes; ${corpus.invitations} flagged as invitations`,
      },
      { area: 'Analysis', measure: 'throughput, one core', result: `${num(corpus.emailsPerSecond)} emails/s`, detail: 'corpus passes back to back, one Node thread' },
    );
    for (const p of patho) {
      rows.push({
        area: 'Analysis',
        measure: `${bytes(p.bytes)} hostile email, ${p.name}`,
        result: `median ${ms(p.medianMs)} · max ${ms(p.maxMs)}`,
        detail: `${status(p.medianMs, ANALYSIS_BUDGETS.fiveMbMs, 'ms')}; ${p.runs} runs after a warm-up; verdict: ${p.invitation ? 'invitation' : 'not an invitation'}`,
      });
    }
    rows.push({
      area: 'Analysis',
      measure: `checkTact on a ${num(checker.words)}-word draft`,
      result: `median ${ms(checker.medianMs)} · max ${ms(checker.maxMs)}`,
      detail: `${checker.runs} runs after a warm-up; the unit test only bounds it loosely`,
    });
    const L = phaseStats(loads);
    const B = phaseStats(bursts);
    const S = phaseStats(switchSamples);
    rows.push(
      phaseRow(`load ${LOAD_HASH} (${num(nodesConversation)} nodes)`, L, `cold tab to ${900} ms after the app is ready; button shown in ${buttonsAtLoad}/${loads.ext.length}`),
      phaseRow('1,000 DOM mutations off the open message', B, '100 tasks × 10 (side panel, hidden list rows, tooltips, star)'),
      phaseRow(`${PLAN.switches} message switches`, S, `one every ${SWITCH_EVERY_MS} ms; invitations, other mail and the 160-message thread; ours ${ms(S.oursCpu / PLAN.switches)} CPU per switch (floor ${SWITCH_FLOOR_MS} ms; \`--switches\` measures it alone)`),
      {
        area: 'Page',
        measure: 'long tasks > 50 ms made long by the extension',
        result: `${L.longCaused + B.longCaused + S.longCaused} (load ${L.longCaused}, mutations ${B.longCaused}, switches ${S.longCaused})`,
        detail: `a task counts when our part (trace, wall) brought it over 50 ms; tasks > 50 ms with any of our code in them: ${L.longOurs + B.longOurs + S.longOurs} (load ${L.longOurs}, mutations ${B.longOurs}, switches ${S.longOurs}); worst: ${worstText([L.worst, B.worst, S.worst])}; all long tasks with vs without: load ${L.longExt} vs ${L.longBase}, mutations ${B.longExt} vs ${B.longBase}, switches ${S.longExt} vs ${S.longBase}, summed over every sample (on 2 busy cores most are waits: little CPU); tasks with > 50 ms of CPU: ${L.cpuLongExt + B.cpuLongExt + S.cpuLongExt} vs ${L.cpuLongBase + B.cpuLongBase + S.cpuLongBase}, made so by us: ${L.cpuLongCaused + B.cpuLongCaused + S.cpuLongCaused}; PerformanceObserver: ${L.observedExt + B.observedExt + S.observedExt} vs ${L.observedBase + B.observedBase + S.observedBase}`,
      },
    );
    const btn = buttons.map((b) => b.ms).filter((x): x is number => x !== null);
    const ins = inserts.map((b) => b.ms).filter((x): x is number => x !== null);
    rows.push(
      {
        area: 'Latency',
        measure: 'time to button (open → "Reply tactfully" in the DOM)',
        result: `median ${ms(median(btn))} · p95 ${ms(percentile(btn, 95))}`,
        detail: `${btn.length}/${buttons.length} opens; includes the fixture's own render (median ${ms(median(buttons.map((b) => b.renderMs)))}), our 120 ms debounce and the service-worker analysis`,
      },
      {
        area: 'Latency',
        measure: 'time to insert (click "Insert into reply" → draft in editor)',
        result: `median ${ms(median(ins))} · p95 ${ms(percentile(ins, 95))}`,
        detail: `${ins.length}/${inserts.length} inserts, Decline draft; the click opens Gmail's reply first (${inserts.filter((i) => i.replyWasOpen).length} had it open)`,
      },
    );
    rows.push(...coldRows(cold));
    const files = (e: EntrySize, first: string) => `${first} + ${e.files.length - 1} file(s)`;
    rows.push(
      ...dist.contentScripts.map((c) => sizeRow(c, `${c.files.map((f) => f.file).join(', ')}`, BUDGETS.content)),
      sizeRow(dist.popup, files(dist.popup, 'src/popup/index.html'), BUDGETS.popup),
      sizeRow(dist.background, files(dist.background, 'service-worker-loader.js'), ANALYSIS_BUDGETS.workerGzip),
      sizeRow(dist.options, files(dist.options, 'src/options/index.html')),
    );
    for (const l of libs) {
      rows.push({
        area: 'Size',
        measure: `${l.name} ${l.version}`,
        result: `${bytes(l.raw)} raw · ${bytes(l.gzip)} gzip`,
        detail: `minified (esbuild): ${Number.isFinite(l.minRaw) ? `${bytes(l.minRaw)} · ${bytes(l.minGzip)} gzip` : 'n/a'}; ${l.note}${l.skipped.length ? `; not followed: ${l.skipped.join(', ')}` : ''}`,
      });
    }
    const [hE100, hE200] = [heaps.ext[0]!, heaps.ext[1] ?? heaps.ext[0]!];
    const [hB100, hB200] = [heaps.base[0]!, heaps.base[1] ?? heaps.base[0]!];
    const n1 = PLAN.switches;
    const n2 = PLAN.switches * Math.min(2, PLAN.switchRuns);
    rows.push(
      {
        area: 'Memory',
        measure: `page JS heap after ${n1} switches (after GC)`,
        result: `${bytes(hE100.used)} with vs ${bytes(hB100.used)} without (${signedBytes(hE100.used - hB100.used)})`,
        detail: `Runtime.getHeapUsage of the tab's isolate (page + our isolated world); before the switches ${bytes(heapBefore.ext.used)} vs ${bytes(heapBefore.base.used)}`,
      },
      {
        area: 'Memory',
        measure: `content script's own live heap after ${n1} switches`,
        result: `≈ ${bytes(ours[0] ?? NaN)}`,
        detail: `sampling heap profiler (4 KB interval): live objects allocated under our script's frames; ${bytes(oursBefore)} before the switches`,
      },
      {
        area: 'Memory',
        measure: `growth ${n1} → ${n2} switches (after GC)`,
        result: `page heap ${signedBytes(hE200.used - hE100.used)} with, ${signedBytes(hB200.used - hB100.used)} without; ours ${signedBytes((ours[1] ?? NaN) - (ours[0] ?? NaN))}`,
        detail: `DOM nodes ${hE100.nodes} → ${hE200.nodes} (without: ${hB100.nodes} → ${hB200.nodes}), listeners ${hE100.listeners} → ${hE200.listeners}; all runs: ours ${ours.map((o) => bytes(o)).join(' → ')}, heap ${heaps.ext.map((h) => bytes(h.used)).join(' → ')}`,
      },
    );

    const header = [
      `Tactful bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${QUICK ? ' — QUICK run, not for quoting' : ''}`,
      `Machine: ${mach.cpu}, ${mach.cores} cores, ${mach.memory}, ${mach.os} · Node ${mach.node} · ${mach.chromium} (headless=new) · load average ${loadAtStart.toFixed(1)} at start, ${load1().toFixed(1)} at end${Math.max(loadAtStart, load1()) > mach.cores ? ' (other work shared the CPUs: trust CPU figures over wall times)' : ''}`,
      `Page: large Gmail fixture (tests/fixtures/webmail/inbox-large.js): ${num(nodesInbox)} nodes in the inbox view, ${num(nodesConversation)} with the long thread open. "JS" = Performance.getMetrics ScriptDuration (page + isolated worlds, wall); "CPU" = ThreadTime; "ours" = main-thread time inside chrome-extension://…/src/content/gmail.js, Gmail's content script (devtools.timeline trace). Sizes: gzip level 9, each entry with everything it loads.`,
    ];
    const table = markdownTable(rows);
    process.stdout.write(`\n${header.join('\n')}\n\n${table}\n`);
    if (notes.length) process.stdout.write(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
    process.stdout.write(`\n(${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);

    mkdirSync(path.dirname(JSON_OUT), { recursive: true });
    writeFileSync(
      JSON_OUT,
      JSON.stringify(
        { when: new Date().toISOString(), quick: QUICK, machine: mach, plan: PLAN, corpus, patho, checker, loads, bursts, switches: switchSamples, heaps, heapBefore, ours, oursBefore, oursAll, buttons, inserts, cold, dist, libs, nodesInbox, nodesConversation, notes, table },
        null,
        1,
      ),
    );
    log(`raw results: ${path.relative(ROOT, JSON_OUT)}`);
  } finally {
    await ext.close();
    await base.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
