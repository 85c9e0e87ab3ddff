// UI strings: every visible word of the composer, the popup and the options page is a key of
// public/_locales/<lang>/messages.json, so a translation is a folder, not a code change.
// Extension pages and content scripts read them with chrome.i18n (the browser picks the
// locale); anywhere else (unit tests in happy-dom, a page opened outside the extension)
// the English messages.json bundled here is the fallback, substituted the same way.
import en from '../../public/_locales/en/messages.json';

interface Placeholder {
  content: string;
}
interface Message {
  message: string;
  placeholders?: Record<string, Placeholder>;
}

type GetMessage = (key: string, substitutions?: string | string[]) => string;

function browserGetMessage(): GetMessage | null {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
  return typeof i18n?.getMessage === 'function' ? i18n.getMessage.bind(i18n) : null;
}

const ENGLISH = en as Record<string, Message>;

/**
 * chrome.i18n's substitution, for the fallback: `$NAME$` is the named placeholder's content
 * (itself usually `$1`…`$9`), `$1`…`$9` the substitutions, `$$` a dollar sign. One pass, so a
 * `$` inside a substituted value is never read again.
 */
export function substitute(msg: Message, substitutions: readonly string[]): string {
  const positional = (s: string) => s.replace(/\$(\d)|\$\$/g, (m, d: string | undefined) => (d ? substitutions[Number(d) - 1] ?? '' : '$'));
  const named = new Map(Object.entries(msg.placeholders ?? {}).map(([k, p]) => [k.toLowerCase(), p.content]));
  return msg.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\d)|\$\$/g, (m, name: string | undefined, d: string | undefined) => {
    if (name !== undefined) {
      const content = named.get(name.toLowerCase());
      return content === undefined ? m : positional(content);
    }
    return d ? substitutions[Number(d) - 1] ?? '' : '$';
  });
}

/** The message for `key` in the user's locale, with `$1`-style substitutions filled in. */
export function t(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const get = browserGetMessage();
  if (get) {
    try {
      const text = get(key, subs.length ? subs : undefined);
      if (text) return text;
    } catch {
      // e.g. "Extension context invalidated" in a content script after an update
    }
  }
  const msg = ENGLISH[key];
  return msg ? substitute(msg, subs) : key;
}

const MARK = '\uE000';

/**
 * The message split where substitution `at` (0-based) goes, so a caller can put an element
 * there (e.g. the subject in its own span) and keep the word order of the locale.
 */
export function tAround(key: string, substitutions: string[], at: number): [string, string] {
  const subs = substitutions.map((s, i) => (i === at ? MARK : s.split(MARK).join('')));
  const text = t(key, subs);
  const i = text.indexOf(MARK);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + MARK.length).split(MARK).join('')];
}
