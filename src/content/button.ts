// The in-page "Reply tactfully" button: a host element with its own closed shadow root, so
// the webmail's CSS cannot reach it, ours cannot leak out, and no page script can find the
// button or press it. Only a trusted activation (the user's own click, or Enter/Space on the
// focused button) opens the panel: a script's click() or dispatched event is ignored.
import { t } from '../shared/i18n';
import { closedHost, stopAtHost } from './shadow';

export const BUTTON_ATTR = 'data-tactful-button';

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
.state { font-weight: 400; }
.state:empty { display: none; }
.why { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
button.failed { color: #7a4b00; background: #fff4e0; border-color: #e8b45a; }
button.failed .dot { background: #b86e00; border-radius: 1px; transform: rotate(45deg); }
@media (prefers-color-scheme: dark) {
  button { color: #bfe9e4; background: #123c39; border-color: #2f6f69; }
  button:hover { background: #184b47; }
  .dot { background: #5cc8bd; }
  button.failed { color: #ffd699; background: #3d2a08; border-color: #8a5a12; }
  button.failed .dot { background: #f0a830; }
}
:host([data-theme="dark"]) button { color: #bfe9e4; background: #123c39; border-color: #2f6f69; }
:host([data-theme="dark"]) .dot { background: #5cc8bd; }
:host([data-theme="light"]) button { color: #0b5f59; background: #e6f4f2; border-color: #9fd3cd; }
:host([data-theme="light"]) .dot { background: #0d7f78; }
:host([data-theme="dark"]) button.failed { color: #ffd699; background: #3d2a08; border-color: #8a5a12; }
:host([data-theme="dark"]) button.failed .dot { background: #f0a830; }
:host([data-theme="light"]) button.failed { color: #7a4b00; background: #fff4e0; border-color: #e8b45a; }
:host([data-theme="light"]) button.failed .dot { background: #b86e00; }
`;

export interface OurButton {
  host: HTMLElement;
  button: HTMLButtonElement;
  /** The analysis failed (twice): say so on the button; it still opens the panel. */
  setFailed(failed: boolean): void;
}

export function createButton(doc: Document, key: string, onActivate: (button: HTMLButtonElement) => void, theme?: 'light' | 'dark'): OurButton {
  const { host, root } = closedHost(doc, 'span', BUTTON_ATTR, key, CSS, true);
  if (theme) host.setAttribute('data-theme', theme);
  // The webmail styles its toolbar cells' children (fixed 32px icon boxes); inline
  // !important keeps our host its own size whatever the page's CSS says.
  host.style.cssText =
    'display:inline-flex !important;width:auto !important;height:auto !important;min-width:0 !important;vertical-align:middle !important;margin:0 6px !important;padding:0 !important;background:none !important;border:0 !important;position:static !important;';
  const label = t('buttonReplyTactfully');
  const button = doc.createElement('button');
  button.type = 'button';
  const dot = doc.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const text = doc.createElement('span');
  text.textContent = label;
  // Seen, not read out (the description says it in full): keeps the name "Reply tactfully".
  const state = doc.createElement('span');
  state.className = 'state';
  state.setAttribute('aria-hidden', 'true');
  // The failed state's words: a description, so the button's name stays "Reply tactfully".
  const why = doc.createElement('span');
  why.className = 'why';
  why.id = 'why';
  button.append(dot, text, state);
  button.title = label;
  root.append(button, why);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    if (!e.isTrusted) return; // a page script's click() or dispatchEvent: not the user
    onActivate(button);
  });
  stopAtHost(host, ['mousedown', 'mouseup', 'click', 'keydown', 'keyup', 'keypress']);
  return {
    host,
    button,
    setFailed(failed) {
      button.classList.toggle('failed', failed);
      why.textContent = failed ? t('buttonAnalysisFailed') : '';
      state.textContent = failed ? `· ${t('buttonAnalysisFailedShort')}` : '';
      button.title = failed ? t('buttonAnalysisFailed') : label;
      if (failed) button.setAttribute('aria-describedby', 'why');
      else button.removeAttribute('aria-describedby');
      host.toggleAttribute('data-failed', failed);
    },
  };
}
