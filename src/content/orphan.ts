// After an update (or a reload, or a removal) of the extension, the content script already
// in an open tab is an orphan: Chromium keeps it running but cuts it off from the extension
// (runtime.id is gone, every message throws "Extension context invalidated", i18n returns
// nothing). It must not leave a button that does nothing, nor show raw message keys: it takes
// its UI away and says, in words read while it still could, to reload the tab. Firefox
// instead stops the old script and injects the new one, which removes what the old one left.
import browser from './ext';
import { t } from '../shared/i18n';
import { closedHost } from './shadow';

const NOTICE_ATTR = 'data-tactful-notice';
const OUR_UI = '[data-tactful-button], [data-tactful-panel], [data-tactful-notice]';

/** Is this script still connected to its extension? */
export function contextAlive(): boolean {
  try {
    const id = browser.runtime?.id;
    return typeof id === 'string' && id !== '';
  } catch {
    return false;
  }
}

export function isInvalidated(e: unknown): boolean {
  const m = e instanceof Error ? e.message : String(e);
  return /context invalidated/i.test(m);
}

/** Buttons, panels and notices a previous copy of this script left in the page. */
export function removeStaleUi(doc: Document): void {
  for (const el of doc.querySelectorAll(OUR_UI)) el.remove();
}

const CSS = `:host { all: initial; }
.box { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #8c959f; border-radius: 8px; padding: 12px 14px; max-width: 360px; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
p { margin: 0 0 10px; }
.row { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #767e88; background: #fff; color: #1f2328; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; font-weight: 600; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box { color: #e8eaed; background: #1f2124; border-color: #8d949c; }
  button { background: #2a2d31; color: #e8eaed; border-color: #8d949c; }
  button.primary { background: #8ab4f8; border-color: #8ab4f8; color: #0b1e3a; }
}`;

/** The notice, its words read now (an orphan can no longer read them). */
export function orphanNotice(doc: Document): { show(): void } {
  const words = { text: t('orphanReload'), reload: t('orphanReloadButton'), close: t('panelClose') };
  return {
    show() {
      if (doc.querySelector(`[${NOTICE_ATTR}]`)) return;
      const { host, root } = closedHost(doc, 'div', NOTICE_ATTR, '', CSS);
      host.style.cssText = 'position:fixed !important;right:16px !important;bottom:16px !important;z-index:2147483000 !important;display:block !important;';
      const box = doc.createElement('div');
      box.className = 'box';
      box.setAttribute('role', 'alert');
      const p = doc.createElement('p');
      p.textContent = words.text;
      const row = doc.createElement('div');
      row.className = 'row';
      const close = doc.createElement('button');
      close.type = 'button';
      close.textContent = words.close;
      close.addEventListener('click', (e) => e.isTrusted && host.remove());
      const reload = doc.createElement('button');
      reload.type = 'button';
      reload.className = 'primary';
      reload.textContent = words.reload;
      reload.addEventListener('click', (e) => e.isTrusted && doc.defaultView?.location.reload());
      row.append(close, reload);
      box.append(p, row);
      root.append(box);
      doc.documentElement.append(host);
    },
  };
}
