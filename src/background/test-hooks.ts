// Test hooks of the service worker: let the browser tests await the outcome of a menu click
// and run the page placer on a page of their own. They only expose what the menu already
// does, and only in the build the tests drive: src/background/index.ts installs them when
// the build defines __TACTFUL_TEST_HOOKS__ (dist/<target>), never in the store build.
import { onMenuClicked } from './context-menu';
import { placeDraftInPage } from './place-draft';

declare global {
  /** Set by vite.config.ts: true in dist/<target> (tests, npm start), false in the store build. */
  const __TACTFUL_TEST_HOOKS__: boolean;
}

export function installTestHooks(): void {
  Object.assign(globalThis, { tactfulMenuClick: onMenuClicked, tactfulPlaceDraftSource: placeDraftInPage.toString() });
}
