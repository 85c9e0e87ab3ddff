// Every http(s) request Tactful makes in Firefox. BiDi's network events cover tabs only;
// the background page's requests are seen by a privileged observer instead: script run in
// the browser window's chrome scope (allowed by --remote-allow-system-access) registers an
// `http-on-modify-request` observer and keeps the channels whose triggering principal is
// our add-on (background page, extension pages) or an expanded principal that includes it
// (content-script XHR/fetch). Firefox's own traffic (remote settings polling) has the system
// principal and is left out.
import type { Page } from 'puppeteer-core';
import { inChromeScope } from './firefox';

export interface ObservedRequest {
  url: string;
  /** 'background' | 'extension-page' | 'content-script' */
  from: string;
  initiator: string;
}

const STORE = '__tactfulNetworkLog';

/** Installs the observer; returns a reader of what it has seen so far. */
export async function watchAddonRequests(anyPage: Page, addonId: string): Promise<() => Promise<ObservedRequest[]>> {
  const call = (fn: string, args: string[]) => inChromeScope(anyPage, fn, args, 'network observer');
  // Runs in the parent process with chrome privileges: Services, Ci are its globals.
  const install = `function (addonId, store) {
    const g = globalThis;
    if (g[store]) return 'already';
    g[store] = [];
    const ours = (p) => {
      if (!p) return false;
      if (p.addonId === addonId) return true;
      if (p.isExpandedPrincipal) return p.QueryInterface(Ci.nsIExpandedPrincipal).allowlist.some((q) => q.addonId === addonId);
      return false;
    };
    Services.obs.addObserver({ observe(subject) {
      try {
        const ch = subject.QueryInterface(Ci.nsIHttpChannel);
        const li = ch.loadInfo;
        const p = li.triggeringPrincipal;
        if (!ours(p) && !ours(li.loadingPrincipal)) return;
        const spec = (p && !p.isExpandedPrincipal && p.spec) || '';
        const from = p && p.isExpandedPrincipal ? 'content-script' : /_generated_background_page\\.html$/.test(spec) ? 'background' : 'extension-page';
        g[store].push({ url: ch.URI.spec, from, initiator: spec });
      } catch (e) { g[store].push({ url: String(e), from: 'observer-error', initiator: '' }); }
    } }, 'http-on-modify-request');
    return 'installed';
  }`;
  await call(install, [addonId, STORE]);
  return async () => JSON.parse(await call(`function (store) { return JSON.stringify(globalThis[store] || []); }`, [STORE])) as ObservedRequest[];
}
