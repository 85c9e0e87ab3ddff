// The in-page panel: the shared Composer inside our own shadow root, fixed at the side of
// the webmail. One panel at a time; Escape or Close removes it and returns focus to the
// button that opened it.
import { render } from 'preact';
import { Composer, Panel } from '../ui/composer/index';
import { STYLES } from '../ui/styles';
import type { Settings } from '../shared/settings';
import type { QuickIntent } from '../shared/ids';
import type { CoreClient } from '../ui/core-client';
import type { Webmail } from './sites/webmail';
import type { Tracked } from './messages-state';
import { insertIntoReply } from './reply';
import { styleSheet } from './button';
import { OWN_MARK } from './sites/dom';
import { pageTheme } from './page-theme';

const HOST_ATTR = 'data-tactful-panel';
// The panel floats over the webmail: bounded height, its own scroll.
const PANEL_CSS = `.tf-panel { width: 420px; max-height: calc(100vh - 96px); overflow: auto; }
.tf-notice { margin: 0 0 8px 0; }`;
let open: { key: string; host: HTMLElement; returnFocusTo: HTMLElement | null } | null = null;

export interface PanelOptions {
  adapter: Webmail;
  doc: Document;
  client: CoreClient;
  settings: Settings;
  tracked: Tracked;
  returnFocusTo: HTMLElement | null;
  intent?: QuickIntent;
  notice?: string;
}

export function closePanel(key?: string): void {
  if (!open || (key !== undefined && open.key !== key)) return;
  const { host, returnFocusTo } = open;
  open = null;
  render(null, host.shadowRoot!);
  host.remove();
  if (returnFocusTo?.isConnected) returnFocusTo.focus();
}

export function openPanel(o: PanelOptions): void {
  closePanel();
  const host = o.doc.createElement('div');
  host.setAttribute(HOST_ATTR, o.tracked.message.key);
  host.setAttribute(OWN_MARK, '');
  host.style.cssText = 'position:fixed;top:72px;right:24px;z-index:2147483000;';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styleSheet(STYLES + PANEL_CSS)];
  o.doc.documentElement.append(host);
  open = { key: o.tracked.message.key, host, returnFocusTo: o.returnFocusTo };
  // Keep the webmail's keyboard shortcuts (Gmail: "r", "c", "j"…) from firing while the
  // user types in our panel.
  for (const type of ['keydown', 'keypress', 'keyup', 'mousedown', 'click']) host.addEventListener(type, (e) => e.stopPropagation());

  const onInsert = (text: string) => insertIntoReply(o.adapter, o.tracked.message, text, o.doc);
  render(
    <Panel onClose={() => closePanel()} theme={pageTheme(o.doc)}>
      {o.notice ? (
        <p class="tf-notice tf-status tf-problem" role="alert">
          {o.notice}
        </p>
      ) : null}
      <Composer
        client={o.client}
        email={o.tracked.email}
        analysis={o.tracked.analysis}
        settings={o.settings}
        onInsert={onInsert}
        onClose={() => closePanel()}
        mode="panel"
        initialIntent={o.intent}
      />
    </Panel>,
    root,
  );
}
