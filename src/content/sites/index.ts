// src/content/sites/: one folder per webmail behind the Webmail interface (./webmail.ts),
// in the content script. This file says which adapter serves which page: unknown hosts get
// null, and the content script then does nothing rather than guessing.
import { gmail } from './gmail/adapter';
import { outlook } from './outlook/adapter';
import type { Webmail } from './webmail';
import { webmailOfHost, type WebmailName } from '../../shared/hosts';

export { gmail } from './gmail/adapter';
export { outlook } from './outlook/adapter';
export type { Webmail, OpenMessage, ButtonSlot, InsertOutcome } from './webmail';

/** The adapter of each webmail in src/shared/hosts.ts (a new webmail: one folder, one line here). */
const ADAPTERS: Record<WebmailName, Webmail> = { gmail, outlook };

/**
 * OWA markers for custom domains and pop-out windows (Briskine isActive()). Only consulted
 * when a document is given and the host is not a known one.
 */
const OWA_MARKERS = 'head [href*="cdn.office.net"], meta[content*="owamail"], link[href*="/owamail/"], script[src*="/owamail/"]';

export function adapterFor(hostname: string, doc?: Document): Webmail | null {
  const known = webmailOfHost(hostname);
  if (known) return ADAPTERS[known];
  if (doc) {
    try {
      if (doc.querySelector(OWA_MARKERS)) return outlook;
    } catch {
      /* a document we cannot query: no adapter */
    }
  }
  return null;
}
