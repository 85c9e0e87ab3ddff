// The in-page "Reply tactfully" button: a host element with its own shadow root, so
// the webmail's CSS cannot reach it and ours cannot leak out.
import browser from 'webextension-polyfill';
import { OWN_MARK } from './sites/dom';

const BUTTON_ATTR = 'data-tactful-button';

const CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin: 0 6px; }
button {
  font: 500 13px/1 "Google Sans", "Segoe UI", Roboto, system-ui, sans-serif;
  display: inline-flex; align-items: center; gap: 6px;
  padding: 6px 12px; border-radius: 16px; cursor: pointer; white-space: nowrap;
  color: #0b5f59; background: #e6f4f2; border: 1px solid #9fd3cd;
}
button:hover { background: #d3ece9; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #0d7f78; }
@media (prefers-color-scheme: dark) {
  button { color: #bfe9e4; background: #123c39; border-color: #2f6f69; }
  button:hover { background: #184b47; }
  .dot { background: #5cc8bd; }
}
:host([data-theme="dark"]) button { color: #bfe9e4; background: #123c39; border-color: #2f6f69; }
:host([data-theme="dark"]) .dot { background: #5cc8bd; }
:host([data-theme="light"]) button { color: #0b5f59; background: #e6f4f2; border-color: #9fd3cd; }
:host([data-theme="light"]) .dot { background: #0d7f78; }
`;

let sheet: CSSStyleSheet | undefined;
export function styleSheet(css: string): CSSStyleSheet {
  // Constructed sheets are not subject to the page's style-src CSP.
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

function buttonLabel(): string {
  return browser.i18n.getMessage('buttonReplyTactfully') || 'Reply tactfully';
}

export function createButton(key: string, onActivate: (button: HTMLButtonElement) => void, theme?: 'light' | 'dark'): HTMLElement {
  const host = document.createElement('span');
  host.setAttribute(BUTTON_ATTR, key);
  host.setAttribute(OWN_MARK, ''); // adapters skip our own nodes and their mutations
  if (theme) host.setAttribute('data-theme', theme);
  // The webmail styles its toolbar cells' children (fixed 32px icon boxes); inline
  // !important keeps our host its own size whatever the page's CSS says.
  host.style.cssText =
    'display:inline-flex !important;width:auto !important;height:auto !important;min-width:0 !important;vertical-align:middle !important;margin:0 6px !important;padding:0 !important;background:none !important;border:0 !important;position:static !important;';
  const root = host.attachShadow({ mode: 'open' });
  sheet ??= styleSheet(CSS);
  root.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  button.type = 'button';
  const dot = document.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.textContent = buttonLabel();
  button.append(dot, text);
  button.title = buttonLabel();
  root.append(button);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    onActivate(button);
  });
  // Keep the webmail from treating our clicks as clicks on the message header
  // (Gmail collapses a message on header clicks).
  for (const type of ['mousedown', 'mouseup', 'click', 'keydown', 'keyup', 'keypress']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  return host;
}
