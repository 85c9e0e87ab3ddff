// The cold-path rows of the bench table: each step warm and with the worker stopped, the
// do-nothing floor beside it, the target (#18) and how many cold samples really
// started the worker. Medians; the load average the samples ran at is in the detail.
import { max, median, ms, num } from '../stats';
import type { Row } from '../table';
import { READING_MS, type ColdResult, type Mode, type StepSample } from './index';

/** Targets from issue #18 (ms). A bench reports them; no test asserts them. */
export const COLD_TARGETS = {
  analyseCold: 80,
  buttonCold: 200,
  firstDraftCold: 80,
  intentWarm: 30,
} as const;

const of = (xs: StepSample[], mode: Mode) => xs.filter((x) => x.mode === mode);
const med = (xs: StepSample[]) => median(xs.map((x) => x.ms ?? NaN));
const got = (xs: StepSample[]) => xs.filter((x) => x.ms !== null).length;
const verdict = (value: number, target: number) => (Number.isFinite(value) ? `target ≤ ${target} ms: ${value <= target ? 'met' : 'NOT met'}` : 'no sample');

function pair(xs: StepSample[]): { warm: number; cold: number; result: string; n: string } {
  const warm = med(of(xs, 'warm'));
  const cold = med(of(xs, 'cold'));
  const c = of(xs, 'cold');
  const started = c.filter((x) => x.started).length;
  return {
    warm,
    cold,
    result: `warm ${ms(warm)} · cold ${ms(cold)}`,
    n: `${got(of(xs, 'warm'))} warm / ${got(c)} cold samples; the worker started in ${started}/${c.length} cold ones`,
  };
}

const FIRST = `first draft = the later of the draft in the frame and the panel on screen; an untimed ${READING_MS / 1000} s reading pause after the button`;

export function coldRows(r: ColdResult): Row[] {
  const rows: Row[] = [];
  const load = r.load.length ? `load ${num(Math.min(...r.load), 1)}–${num(max(r.load), 1)}` : 'load n/a';
  const idle = (s: number | null) => (s === null ? 'not seen within 45 s' : `after ${num(s, 1)} s`);
  if (r.idleStop.tactful !== null || r.idleStop.floor !== null) {
    rows.push({
      area: 'Cold',
      measure: 'idle worker stops on its own (nothing sent)',
      result: `Tactful ${idle(r.idleStop.tactful)} · floor ${idle(r.idleStop.floor)}`,
      detail: 'no DevTools session on any worker (auto-attach excludes service workers); seen through ServiceWorker.workerVersionUpdated and target discovery',
    });
  }
  const floor = pair(r.roundTrip.floor);
  for (const [key, what] of [['analyzeEn', 'English'], ['analyzeDe', 'German']] as const) {
    const p = pair(r.roundTrip[key]);
    rows.push({
      area: 'Cold',
      measure: `analyse round trip, ${what} email (content script → worker → answer)`,
      result: p.result,
      detail: `floor (do-nothing worker): warm ${ms(floor.warm)} · cold ${ms(floor.cold)}; cold − floor ${ms(p.cold - floor.cold)}; ${verdict(p.cold, COLD_TARGETS.analyseCold)} (cold); ${p.n}; every cold sample after ServiceWorker.stopAllWorkers with the stop proved (${r.provedStops} stops); ${load}`,
    });
  }
  const woken = pair(r.roundTrip.analyzeEnWoken);
  if (r.roundTrip.analyzeEnWoken.length) {
    rows.push({
      area: 'Cold',
      measure: 'English analyse 120 ms after a wake (core/wake when the scan is scheduled)',
      result: woken.result,
      detail: `only the analyse is timed, after the scan debounce's 120 ms; cold: the worker was stopped before the wake; ${verdict(woken.cold, COLD_TARGETS.analyseCold)} (cold); ${woken.n}`,
    });
  }
  const cpu = r.workerCpu;
  if (cpu.tactful.length) {
    const m = (k: keyof (typeof cpu.tactful)[number], xs = cpu.tactful) => median(xs.map((x) => x[k]));
    rows.push({
      area: 'Cold',
      measure: 'worker thread CPU, start → answer of a cold English analyse',
      result: `${ms(m('cpu'))} CPU (${ms(m('wall'))} wall) vs floor ${ms(m('cpu', cpu.floor))} CPU (${ms(m('wall', cpu.floor))} wall)`,
      detail: `compile ${ms(m('compile'))}, evaluate ${ms(m('evaluate'))}, the first message ${ms(m('message'))}; floor: compile ${ms(m('compile', cpu.floor))}, evaluate ${ms(m('evaluate', cpu.floor))}, message ${ms(m('message', cpu.floor))}; browser-wide trace (no session on the worker), medians of ${cpu.tactful.length} / ${cpu.floor.length} starts`,
    });
  }
  const steps: Array<[keyof ColdResult['steps'], string, string]> = [
    ['button', 'message opened → "Reply tactfully"', `${verdict(med(of(r.steps.button, 'cold')), COLD_TARGETS.buttonCold)} (cold)`],
    ['firstDraft', 'click "Reply tactfully" → first draft shown', `${verdict(med(of(r.steps.firstDraft, 'cold')), COLD_TARGETS.firstDraftCold)} (cold); ${FIRST}`],
    ['keyboard', 'Enter on the focused "Reply tactfully" → first draft shown', `${FIRST}; the button focused before the pause`],
    ['stoppedReading', 'click → first draft shown, the worker stopped while the user read (> 30 s)', `cold only: stopped again after the pause, just before the click; ${FIRST}`],
    ['intent', 'click another intent → new draft', `${verdict(med(of(r.steps.intent, 'warm')), COLD_TARGETS.intentWarm)} (warm)`],
    ['insert', 'click "Insert into reply" → text in the editor', 'no target; the panel frame reaches the page through the worker (#13)'],
  ];
  for (const [key, measure, target] of steps) {
    const p = pair(r.steps[key]);
    if (!r.steps[key]?.length) continue; // a result from before the row existed
    const stop = key === 'firstDraft' || key === 'keyboard' ? 'when the message opened' : 'just before the step';
    rows.push({ area: 'Cold', measure, result: p.result, detail: `${target}; ${p.n}; cold = every worker stopped (proved) ${stop}; ${load}` });
  }
  return rows;
}
