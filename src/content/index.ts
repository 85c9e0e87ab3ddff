// src/content/: the content script, in the webmail tab. Entry: pick the adapter for this
// webmail and start. Runs in the isolated world only; nothing of ours ever runs in the
// page's own JavaScript. The analysis is not here: it runs in the service worker.
import { adapterFor } from './sites/index';
import { startTactful } from './app';

try {
  const adapter = adapterFor(location.hostname, document);
  if (adapter) startTactful(adapter, document);
} catch (e) {
  console.debug('Tactful could not start on this page', e);
}
