// Our elements in the webmail's page: a host carrying our mark (the adapters skip it and its
// mutations) with a *closed* shadow root, so no page script reaches what is inside
// (host.shadowRoot is null for it, and composedPath() stops at the host). The sheets are
// constructed, so the page's style-src CSP does not apply to them.
import { OWN_MARK } from './sites/dom';

const sheets = new Map<string, CSSStyleSheet>();

export function styleSheet(css: string): CSSStyleSheet {
  let s = sheets.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    sheets.set(css, s);
  }
  return s;
}

/**
 * A `tag` element marked as ours by `attr` (= value), with its closed shadow root.
 * `delegatesFocus`: focusing the host focuses what is inside (the button, so keyboard users
 * and host.focus() reach it; only the user's own Enter or Space then activates it).
 */
export function closedHost(doc: Document, tag: string, attr: string, value: string, css: string, delegatesFocus = false): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute(attr, value);
  host.setAttribute(OWN_MARK, '');
  const root = host.attachShadow({ mode: 'closed', delegatesFocus });
  root.adoptedStyleSheets = [styleSheet(css)];
  return { host, root };
}

/** Keep the webmail from seeing events inside our host (Gmail collapses a message on header clicks, and has one-key shortcuts). */
export function stopAtHost(host: HTMLElement, types: readonly string[]): void {
  for (const type of types) host.addEventListener(type, (e) => e.stopPropagation());
}
