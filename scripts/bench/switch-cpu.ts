// Our CPU per message switch (issue 18 §3's method, `npm run bench -- --switches`): the
// large Gmail fixture in Chromium with the built extension, 20 warm-up switches, then
// `runs` × 60 switches one every 200 ms through invitations, other mail and the long thread,
// each run under one devtools.timeline trace; "ours" = main-thread CPU inside calls of our
// content script (scripts/bench/trace.ts, as the page rows of `npm run bench`). Beside it,
// the same page without the extension (its main-thread CPU), for the total's ratio.
import { launchBaseline, launchExtension, newTab, openFixture, fixtureIds, type Side, type Tab } from './browser';
import { switchSample, switches, type PhaseSample } from './overhead';
import { median } from './stats';

export interface SwitchCpu {
  switches: number;
  runs: number;
  /** Median over runs of our CPU per switch (ms). */
  oursCpuPerSwitch: number;
  oursWallPerSwitch: number;
  /** Main-thread CPU per switch with and without the extension (ms, medians). */
  cpuExtPerSwitch: number;
  cpuBasePerSwitch: number;
  samples: PhaseSample[];
}

const EVERY_MS = 200;

async function tabOn(side: Side): Promise<Tab> {
  const tab = await newTab(side);
  await openFixture(tab.page, '#inbox/long-thread');
  await tab.page.locator('#fixture-app-ready').waitFor({ state: 'attached', timeout: 30_000 });
  if (side.scriptUrl) await tab.page.locator('[data-tactful-button]').first().waitFor({ state: 'attached', timeout: 15_000 });
  return tab;
}

export async function benchSwitchCpu({ runs = 3, count = 60 } = {}, log: (m: string) => void = () => {}): Promise<SwitchCpu> {
  const ext = await launchExtension();
  const base = await launchBaseline();
  try {
    const tabs = new Map<Side, Tab>([[ext, await tabOn(ext)], [base, await tabOn(base)]]);
    const ids = await fixtureIds(tabs.get(ext)!.page);
    const cycle: string[] = [ids.longThread];
    for (let i = 0; i < 30; i++) cycle.push(ids.invitations[1 + i]!, ids.others[i]!);
    for (const [, tab] of tabs) await switches(tab.page, cycle, 20, EVERY_MS, 0); // warm-up, not traced
    const out = { ext: [] as PhaseSample[], base: [] as PhaseSample[] };
    for (let r = 0; r < runs; r++) {
      out.ext.push(await switchSample(ext, tabs.get(ext)!, cycle, count, EVERY_MS, 20 + r * count));
      out.base.push(await switchSample(base, tabs.get(base)!, cycle, count, EVERY_MS, 20 + r * count));
      log(`  switch run ${r + 1}/${runs}: ours ${(out.ext[r]!.oursCpuMs / count).toFixed(2)} ms CPU per switch`);
    }
    return {
      switches: count,
      runs,
      oursCpuPerSwitch: median(out.ext.map((s) => s.oursCpuMs)) / count,
      oursWallPerSwitch: median(out.ext.map((s) => s.oursMs)) / count,
      cpuExtPerSwitch: median(out.ext.map((s) => s.cpuMs)) / count,
      cpuBasePerSwitch: median(out.base.map((s) => s.cpuMs)) / count,
      samples: out.ext,
    };
  } finally {
    await ext.close();
    await base.close();
  }
}
