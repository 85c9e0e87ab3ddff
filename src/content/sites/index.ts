// Which adapter serves which page. Unknown hosts get null: the content script then does
// nothing rather than guessing.
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { Webmail } from './webmail';

export { gmail } from './gmail';
export { outlook } from './outlook';
export type { Webmail, OpenMessage, ButtonSlot, InsertOutcome } from './webmail';

/** Hosts of Outlook on the web; outlook.cloud.microsoft since Dec 2024. */
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;
export const GMAIL_HOSTS = ['mail.google.com'] as const;

/**
 * OWA markers for custom domains and pop-out windows (Briskine isActive()). Only consulted
 * when a document is given and the host is not a known one.
 */
const OWA_MARKERS = 'head [href*="cdn.office.net"], meta[content*="owamail"], link[href*="/owamail/"], script[src*="/owamail/"]';

export function adapterFor(hostname: string, doc?: Document): Webmail | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if ((GMAIL_HOSTS as readonly string[]).includes(host)) return gmail;
  if ((OUTLOOK_HOSTS as readonly string[]).includes(host)) return outlook;
  if (doc) {
    try {
      if (doc.querySelector(OWA_MARKERS)) return outlook;
    } catch {
      /* a document we cannot query: no adapter */
    }
  }
  return null;
}
