// Unit tests run outside the extension, where there is no chrome.i18n and t() would return
// bare keys. Import this first in a UI test: it installs a chrome.i18n.getMessage that reads
// public/_locales/en/messages.json and substitutes the way Chrome does, so the components
// render their real English text and tests find elements by their English names.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const MESSAGES_PATH = path.resolve(import.meta.dirname, '../../../public/_locales/en/messages.json');
export const EN = JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as Record<string, LocaleMessage>;

/**
 * chrome.i18n.getMessage's substitution: `$NAME$` (case-insensitive) is the named
 * placeholder's content, itself usually `$1`…`$9`; `$1`…`$9` in the message are the
 * substitutions; `$$` is a dollar sign. One pass, so a `$` inside a substituted value is
 * never read again. Unknown keys give "" as in Chrome.
 */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const msg = EN[key];
  if (!msg) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (d: string) => subs[Number(d) - 1] ?? '';
  const named = new Map(Object.entries(msg.placeholders ?? {}).map(([k, p]) => [k.toLowerCase(), p.content]));
  const fill = (content: string) => content.replace(/\$(\d)|\$\$/g, (_m, d?: string) => (d ? positional(d) : '$'));
  return msg.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\d)|\$\$/g, (m, name?: string, d?: string) => {
    if (name !== undefined) {
      const content = named.get(name.toLowerCase());
      return content === undefined ? m : fill(content);
    }
    return d ? positional(d) : '$';
  });
}

const g = globalThis as { chrome?: { i18n?: { getMessage?: typeof getMessage } } };
if (!g.chrome?.i18n?.getMessage) {
  g.chrome = { ...(g.chrome ?? {}), i18n: { ...(g.chrome?.i18n ?? {}), getMessage } };
}
