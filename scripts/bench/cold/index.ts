// 6. The cold path: the first action on a message after the worker has been idle. Chrome
// stops an idle MV3 service worker after about 30 s, so "cold" is the common case. One
// Chromium (cold/launch.ts: no DevTools session on any worker) with Tactful and the
// do-nothing floor extension (cold/floor-extension.ts) loaded side by side; every sample is
// taken warm (worker running) and cold (every worker stopped, the stop proved), alternately.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { launchCold } from './launch';
import { FLOOR_NAME, FLOOR_WORKER, writeFloorExtension } from './floor-extension';
import { watchWorkers, type WorkerWatch } from './workers';
import { traced, workerCpus, type WorkerCpu } from './worker-cpu';
import { loadavg } from 'node:os';
import { panelSteps, timeToButton } from './steps';

import { interceptRequests } from '../../../tests/browser/drivers/firefox';
import { fixtureResponse } from '../../../tests/fixtures/webmail/serve.mjs';
import { toEmail } from '../../analyze/jsonl';
import type { EmailInput } from '../../../src/shared/types';

const GMAIL = 'https://mail.google.com/mail/u/0/';
/** The content script's scan debounce (src/content/watch.ts). */
const SCAN_DEBOUNCE_MS = 120;
/** Untimed: the user reads the message between the button appearing and the click (the panel may be made ahead meanwhile, #18). */
export const READING_MS = 1500;
export type Mode = 'warm' | 'cold';
export const MODES: readonly Mode[] = ['warm', 'cold'];

export interface ColdPlan {
  /** Samples per step and mode. */
  samples: number;
  /** Wait for one natural idle stop (≈ 30 s) before sampling, as proof nothing keeps the worker alive. */
  idleCheck: boolean;
}

export interface StepSample {
  mode: Mode;
  ms: number | null;
  /** Did Tactful's worker start during the step (a cold step that needed it)? */
  started: boolean;
}

export interface ColdResult {
  /** Seconds until Tactful's and the floor's workers stopped on their own, sending nothing (null: not checked / did not stop in 45 s). */
  idleStop: { tactful: number | null; floor: number | null };
  /** analyzeEnWoken: `core/wake`, the scan debounce (120 ms), then the English analyse, timed alone (what the content script does). */
  roundTrip: Record<'analyzeEn' | 'analyzeDe' | 'analyzeEnWoken' | 'floor', StepSample[]>;
  /**
   * firstDraft, keyboard: cold = the worker was stopped when the message opened (the common first
   * action after idle), then the reading pause; stoppedReading: stopped again after the pause
   * (read for over 30 s), cold only.
   */
  steps: Record<'button' | 'firstDraft' | 'keyboard' | 'stoppedReading' | 'intent' | 'insert', StepSample[]>;
  /** Cold analyse round trips traced browser-wide: where the worker's time went. */
  workerCpu: { tactful: WorkerCpu[]; floor: WorkerCpu[] };
  /** Cold samples whose worker was proved stopped (status 'stopped', target gone) before the step. */
  provedStops: number;
  /** 1-minute load average at each sample (the machine is shared). */
  load: number[];
}

interface World {
  id: number;
  name: string;
}

/** Content-script worlds of the main frame, by extension name (Runtime.executionContextCreated). */
async function trackWorlds(cdp: CDPSession): Promise<Map<string, World>> {
  const worlds = new Map<string, World>();
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } } }) => {
    if (e.context.auxData?.type === 'isolated') worlds.set(e.context.name, { id: e.context.id, name: e.context.name });
  });
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => {
    for (const [k, w] of worlds) if (w.id === e.executionContextId) worlds.delete(k);
  });
  await cdp.send('Runtime.enable');
  return worlds;
}

async function inWorld<T>(cdp: CDPSession, world: World, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value as T;
}

/** One runtime.sendMessage from the extension's content-script world, timed there. */
function timedSend(message: unknown): string {
  return `(async () => { const t0 = performance.now(); const r = await chrome.runtime.sendMessage(${JSON.stringify(message)}); return { ms: performance.now() - t0, ok: !!(r && r.ok) }; })()`;
}

function corpusEmail(root: string, id: string): EmailInput {
  const line = readFileSync(path.join(root, 'tests/corpus/emails.jsonl'), 'utf8').split('\n').find((l) => l.includes(`"id":"${id}"`));
  if (!line) throw new Error(`corpus email ${id} not found`);
  return toEmail(JSON.parse(line));
}

export async function benchCold(root: string, executablePath: string, plan: ColdPlan, log: (msg: string) => void, dist = path.join(root, 'dist', 'chrome')): Promise<ColdResult> {
  const floor = writeFloorExtension();
  const app = await launchCold({ executablePath, extensions: [dist, floor.dir] });
  try {
    const page: Page = await app.browser.newPage();
    await interceptRequests(page, async (url, isDocument) => (await fixtureResponse(url, isDocument, { inbox: 'large' })) as never);
    // tsx names the functions we pass to page.evaluate (esbuild keepNames): give the page its helper.
    await page.evaluateOnNewDocument("globalThis.__name = globalThis.__name || ((f) => f);");
    const cdp = await page.createCDPSession();
    const panel = await panelSteps(page);
    const worlds = await trackWorlds(cdp);
    const workers = await watchWorkers(cdp, app.session);
    await page.goto(`${GMAIL}#inbox`);
    await page.waitForSelector('#fixture-app-ready', { timeout: 30_000 });
    const world = (name: (n: string) => boolean): World => {
      const w = [...worlds.values()].find((x) => name(x.name));
      if (!w) throw new Error(`no content-script world (${[...worlds.keys()].join(', ')})`);
      return w;
    };
    const tactfulWorld = () => world((n) => n !== FLOOR_NAME && !n.startsWith('__puppeteer'));
    const floorWorld = () => world((n) => n === FLOOR_NAME);
    // The workers' origins, from the script URLs the browser reports.
    await inWorld(cdp, floorWorld(), timedSend({ type: 'bench/ping' }));
    await inWorld(cdp, tactfulWorld(), timedSend({ type: 'bench/ping' }));
    const tactful = `chrome-extension://${await inWorld<string>(cdp, tactfulWorld(), 'chrome.runtime.id')}/`;
    const floorOrigin = `chrome-extension://${await inWorld<string>(cdp, floorWorld(), 'chrome.runtime.id')}/`;
    await workers.running(tactful);
    await workers.running(floorOrigin);

    const result: ColdResult = {
      idleStop: { tactful: null, floor: null },
      roundTrip: { analyzeEn: [], analyzeDe: [], analyzeEnWoken: [], floor: [] },
      steps: { button: [], firstDraft: [], keyboard: [], stoppedReading: [], intent: [], insert: [] },
      workerCpu: { tactful: [], floor: [] },
      provedStops: 0,
      load: [],
    };
    if (plan.idleCheck) {
      log('cold: waiting for the workers to stop on their own (≈ 30 s, nothing sent) …');
      const [a, b] = await Promise.all([workers.idleStop(tactful, 45_000), workers.idleStop(floorOrigin, 45_000)]);
      result.idleStop = { tactful: a, floor: b };
    }

    const wake = (w: () => World) => () => inWorld(cdp, w(), timedSend({ type: 'bench/ping' }));
    const sides = { tactful: { origin: tactful, wake: wake(tactfulWorld) }, floor: { origin: floorOrigin, wake: wake(floorWorld) } };
    /** Every worker stopped, and proved so (its version 'stopped', its target gone). */
    const stopAll = async () => {
      await workers.stopAll();
      if (workers.status(tactful) !== 'stopped' || workers.status(floorOrigin) !== 'stopped') throw new Error('a worker did not stop');
      result.provedStops++;
    };
    /**
     * One timed step. Cold: every worker stopped first. Warm: the worker is running and has
     * done this work before in the same run of the worker (`warmUp`, untimed, after any start).
     */
    const sample = async (mode: Mode, step: () => Promise<number | null>, side = sides.tactful, warmUp?: () => Promise<unknown>, stop = true): Promise<StepSample> => {
      if (mode === 'cold') {
        if (stop) await stopAll(); // else: stopped before an earlier, untimed part of this step (the message opening)
      } else if (workers.status(side.origin) !== 'running' || warmUp) {
        if (workers.status(side.origin) !== 'running') await side.wake();
        await workers.running(side.origin);
        await warmUp?.();
      }
      const before = workers.starts(side.origin);
      result.load.push(loadavg()[0] ?? NaN);
      const ms = await step();
      return { mode, ms, started: workers.starts(side.origin) > before };
    };

    // Round trips from the content-script world: Tactful's analysis (English, then German:
    // another date-parser locale) against the floor's empty answer. Cold first; the warm
    // sample follows in the same run of the worker, after two untimed repetitions.
    const en = corpusEmail(root, 'en-inv-001');
    const de = corpusEmail(root, 'de-inv-001');
    const send = async (w: () => World, msg: unknown) => (await inWorld<{ ms: number }>(cdp, w(), timedSend(msg))).ms;
    const twice = (f: () => Promise<unknown>) => async () => {
      await f();
      await f();
    };
    log(`cold: analyse round trips × ${plan.samples} per mode …`);
    const trips: Array<[keyof ColdResult['roundTrip'], () => Promise<number>, typeof sides.tactful]> = [
      ['analyzeEn', () => send(tactfulWorld, { type: 'core/analyze', email: en }), sides.tactful],
      ['analyzeDe', () => send(tactfulWorld, { type: 'core/analyze', email: de }), sides.tactful],
      ['floor', () => send(floorWorld, { type: 'bench/ping' }), sides.floor],
      [
        'analyzeEnWoken',
        async () => {
          await send(tactfulWorld, { type: 'core/wake' });
          await new Promise((r) => setTimeout(r, SCAN_DEBOUNCE_MS));
          return send(tactfulWorld, { type: 'core/analyze', email: en });
        },
        sides.tactful,
      ],
    ];
    for (let i = 0; i < plan.samples; i++) {
      for (const [key, trip, side] of trips) {
        result.roundTrip[key].push(await sample('cold', trip, side));
        result.roundTrip[key].push(await sample('warm', trip, side, twice(trip)));
      }
    }

    // The same cold round trips under a browser-wide trace (no session on the worker): CPU
    // of the worker thread from its start to its answer, split into compile, evaluate, message.
    log(`cold: worker CPU of a cold analyse, traced × ${plan.samples} …`);
    await traced(app.session, async () => {
      for (let i = 0; i < plan.samples; i++) {
        for (const [, trip] of [trips[0]!, trips[2]!]) {
          await stopAll();
          await trip();
        }
      }
    }).then(({ events }) => {
      result.workerCpu.tactful = workerCpus(events as never, tactful);
      result.workerCpu.floor = workerCpus(events as never, floorOrigin);
    });

    // The four steps on the large Gmail fixture, each message opened for the first time.
    // Cold: one message, every worker stopped before each step. Warm: after an untimed
    // pass over another message (so the worker has analysed and drafted in this run), a
    // third message with no stop in between.
    const ids = (await page.evaluate('self.FIXTURE_LARGE.invitations')) as string[];
    let next = 1;
    const read = () => new Promise((r) => setTimeout(r, READING_MS));
    const steps = async (mode: Mode, warmUp?: () => Promise<unknown>) => {
      const id = ids[next++]!;
      const button = await sample(mode, async () => (await timeToButton(page, id)).ms, sides.tactful, warmUp);
      result.steps.button.push(button);
      if (button.ms === null) return;
      await read();
      // Cold: the worker was stopped when this message opened (the button step), not again.
      const first = await sample(mode, () => panel.timeFirstDraft(), sides.tactful, undefined, false);
      result.steps.firstDraft.push({ ...first, started: first.started || button.started });
      result.steps.intent.push(await sample(mode, () => panel.timeIntentChange('withdraw')));
      result.steps.insert.push(await sample(mode, () => panel.timeInsert()));
      await panel.closePanel();
      // The keyboard: focus the button, read, Enter.
      if (mode === 'cold') await stopAll();
      const opened = await sample(mode, async () => (await timeToButton(page, ids[next++]!)).ms, sides.tactful, undefined, false);
      if (opened.ms !== null) {
        await panel.focusButton();
        await read();
        const keys = await sample(mode, () => panel.timeFirstDraft({ keyboard: true }), sides.tactful, undefined, false);
        result.steps.keyboard.push({ ...keys, started: keys.started || opened.started });
        await panel.closePanel();
      }
      if (mode !== 'cold') return;
      // Read for longer than the worker lives idle: stopped again after the pause, just before the click.
      if ((await timeToButton(page, ids[next++]!)).ms === null) return;
      await read();
      result.steps.stoppedReading.push(await sample('cold', () => panel.timeFirstDraft()));
      await panel.closePanel();
    };
    const untimedPass = async () => {
      const id = ids[next++]!;
      if ((await timeToButton(page, id)).ms === null) return;
      await panel.timeFirstDraft();
      await panel.timeIntentChange('withdraw');
      await panel.closePanel();
    };
    log(`cold: button, first draft, intent change, insert × ${plan.samples} per mode …`);
    for (let i = 0; i < plan.samples; i++) {
      await steps('cold');
      await steps('warm', untimedPass);
    }
    return result;
  } finally {
    await app.close();
    floor.remove();
  }
}

export { FLOOR_WORKER };
export type { WorkerWatch };
