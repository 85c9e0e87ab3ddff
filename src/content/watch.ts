// Follows the webmail's single-page navigation with one MutationObserver on the body and
// the URL events. Mutations that cannot change the open message are dropped after a
// cheap check; the rest schedule one debounced scan (with a ceiling, so a page that
// never stops mutating still gets scanned). A navigation event (hashchange, popstate, the
// Navigation API: Gmail fires several per message opened) schedules a scan but does not push
// back one already pending: only the page's own rendering does. `onScheduled` runs when a scan
// becomes pending after none was, so the caller can wake the service worker while the
// debounce runs (#18).
import type { Webmail } from './sites/webmail';

export interface Watcher {
  stop(): void;
  /** Run the pending scan now (tests, keyboard command). */
  flush(): void;
}

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /** A scan became pending (none was): called once per debounce, never throws into the page. */
  onScheduled?: () => void;
}

export function watchPage(adapter: Webmail, doc: Document, scan: () => void, { debounceMs = 120, maxWaitMs = 600, onScheduled }: WatchOptions = {}): Watcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending scan was first asked for; null when none is pending. */
  let firstPending: number | null = null;

  const run = () => {
    timer = undefined;
    firstPending = null;
    try {
      scan();
    } catch (e) {
      // Never throw into the page; the next mutation retries.
      console.debug('Tactful: scan failed', e);
    }
  };
  const schedule = (restart = true) => {
    const now = performance.now();
    if (timer !== undefined && !restart) return;
    if (firstPending === null) {
      firstPending = now;
      try {
        onScheduled?.();
      } catch {
        // a wake that fails only means the worker starts when it is asked
      }
    }
    if (timer !== undefined) clearTimeout(timer);
    const wait = now - firstPending >= maxWaitMs ? 0 : debounceMs;
    timer = setTimeout(run, wait);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (adapter.isRelevantMutation(r)) {
        schedule(true);
        return;
      }
    }
  });
  const target = doc.body ?? doc.documentElement;
  observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'aria-expanded', 'aria-selected', 'style', 'hidden', 'data-message-id', 'data-legacy-message-id'] });

  const win = doc.defaultView;
  const onNav = () => schedule(false);
  win?.addEventListener('hashchange', onNav);
  win?.addEventListener('popstate', onNav);
  const nav = (win as unknown as { navigation?: EventTarget } | null)?.navigation;
  nav?.addEventListener('currententrychange', onNav);

  schedule();
  return {
    stop() {
      observer.disconnect(); // ours only: nothing the page owns is touched
      win?.removeEventListener('hashchange', onNav);
      win?.removeEventListener('popstate', onNav);
      nav?.removeEventListener('currententrychange', onNav);
      if (timer !== undefined) clearTimeout(timer);
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      run();
    },
  };
}
