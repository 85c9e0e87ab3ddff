// UI strings: every visible word of the composer, the popup and the options page is a key of
// public/_locales/<lang>/messages.json, so a translation is a folder, not a code change.
// Extension pages and content scripts read them with chrome.i18n (the browser picks the
// locale and fills in the `$NAME$` placeholders). Outside the extension there is no
// chrome.i18n and t() returns the key itself: the English messages.json is deliberately not
// bundled as a fallback, it would add ~6 KB gzip of dead code to the content script (see
// the commit "i18n: fall back to the key…"). Unit tests install a chrome.i18n that reads
// messages.json (tests/unit/ui/i18n-setup.ts).

type GetMessage = (key: string, substitutions?: string | string[]) => string;

function browserGetMessage(): GetMessage | null {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: unknown } } }).chrome?.i18n;
  return i18n && typeof i18n.getMessage === 'function' ? (i18n.getMessage as GetMessage).bind(i18n) : null;
}

/** The message for `key` in the user's locale, with `$1`-style substitutions filled in. */
export function t(key: string, substitutions?: string | string[]): string {
  const get = browserGetMessage();
  if (get) {
    try {
      const text = substitutions === undefined ? get(key) : get(key, substitutions);
      if (text) return text;
    } catch {
      // e.g. "Extension context invalidated" in a content script after an update
    }
  }
  return key;
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

/**
 * A message the template core or the checker produced: its key in the user's locale, or the
 * English text it came with when the locale has no such key (an older locale, a unit test).
 */
export function tMessage(m: { key?: string | undefined; params?: readonly string[] | undefined }, english: string): string {
  if (!m.key) return english;
  const text = t(m.key, m.params ? [...m.params] : []);
  return text && text !== m.key ? text : english;
}
