// src/content/: the content script, in the webmail tab. Each webmail has its own entry
// (gmail.ts, outlook.ts: one manifest content_scripts entry per host set, scripts/manifests.ts),
// so a tab parses only its own adapter. Runs in the isolated world only; nothing of ours ever
// runs in the page's own JavaScript. The analysis is not here: it runs in the service worker.
import type { Webmail } from './sites/webmail';
import { startTactful } from './app';

export function start(adapter: Webmail): void {
  try {
    startTactful(adapter, document);
  } catch (e) {
    console.debug('Tactful could not start on this page', e);
  }
}
