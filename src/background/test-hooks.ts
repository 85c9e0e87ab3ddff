// Test hooks of the service worker: let the browser tests await the outcome of a menu click,
// run the page placer on a page of their own, and hold analyses unanswered (so a test can
// stop the worker while one is under way: storage.session `tactfulTestHold` says how many,
// `tactfulTestHeld` counts them; both survive the worker's restart). They only expose what the menu already
// does, and only in the build the tests drive: src/background/index.ts installs them when
// the build defines __TACTFUL_TEST_HOOKS__ (dist/<target>), never in the store build.
import browser from './ext';
import { onMenuClicked } from './context-menu';
import { placeDraftInPage } from './place-draft';

declare global {
  /** Set by vite.config.ts: true in dist/<target> (tests, npm start), false in the store build. */
  const __TACTFUL_TEST_HOOKS__: boolean;
}

export function installTestHooks(): void {
  Object.assign(globalThis, { tactfulMenuClick: onMenuClicked, tactfulPlaceDraftSource: placeDraftInPage.toString() });
}

/** Test build only: should this message be left unanswered (an analysis while `tactfulTestHold` > 0)? */
export async function holdForTest(msg: unknown): Promise<boolean> {
  const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
  if (type !== 'core/analyze' && type !== 'core/analyze-page') return false;
  const { tactfulTestHold: hold = 0, tactfulTestHeld: held = 0 } = (await browser.storage.session.get(['tactfulTestHold', 'tactfulTestHeld'])) as Record<string, number>;
  if (!(hold > 0)) return false;
  await browser.storage.session.set({ tactfulTestHold: hold - 1, tactfulTestHeld: held + 1 });
  return true;
}
