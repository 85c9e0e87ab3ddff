// Content-script entry: pick the adapter for this webmail and start. Runs in the
// isolated world only; nothing of ours ever runs in the page's own JavaScript.
import { adapterFor } from './sites/index';
import { startTactful } from './app';

try {
  const adapter = adapterFor(location.hostname, document);
  if (adapter) startTactful(adapter, document);
} catch (e) {
  console.debug('Tactful could not start on this page', e);
}
