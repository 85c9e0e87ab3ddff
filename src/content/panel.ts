// The in-page panel: an iframe of our own extension page (src/frame/, web-accessible to the
// mail hosts only, at a per-session URL) inside a closed shadow root, fixed at the right of
// the webmail below the open message's subject, and folded to a bar beside the reply after
// Insert (./panel-place.ts). Made ahead of the click, hidden (preparePanel: inert, invisible,
// not focusable, saving and inserting nothing), the click only shows it. The draft, the user's templates and settings live in that frame: the page's
// scripts can neither read nor drive it (another origin), and the content script talks to
// it only over runtime ports the worker routes (src/shared/messages-panel.ts). What enters the page is the
// text the user inserts, through the adapter's insert path. One panel at a time; Escape or
// Close removes it and returns focus to the button that opened it.
import browser, { type Runtime } from './ext';
import { t } from '../shared/i18n';
import type { QuickIntent } from '../shared/ids';
import { PANEL_PAGE } from '../shared/pages';
import { PANEL_PORT, isToContent, panelNonce, type PanelOpen, type PanelProblem, type ToFrame } from '../shared/messages-panel';
import type { Webmail } from './sites/webmail';
import type { Tracked } from './messages-state';
import { insertIntoReply } from './reply';
import { pageTheme } from './page-theme';
import { closedHost, stopAtHost } from './shadow';
import { placePanel } from './panel-place';
import { BUTTON_ATTR } from './button';

const HOST_ATTR = 'data-tactful-panel';
const FRAME_CSS = `:host { all: initial; }
iframe { display: block; border: 0; width: 420px; height: 320px;
  border-radius: 12px; box-shadow: 0 8px 28px rgba(0, 0, 0, .28); background: transparent; color-scheme: normal; }`;

export interface PanelOptions {
  adapter: Webmail;
  doc: Document;
  tracked: Tracked;
  returnFocusTo: HTMLElement | null;
  intent?: QuickIntent | undefined;
  notice?: string | undefined;
  problem?: PanelProblem | undefined;
  /** Not used any more: the panel's frame has its own core client and reads the settings itself. */
  client?: unknown;
  settings?: unknown;
}

interface Open {
  key: string;
  host: HTMLElement;
  frame: HTMLIFrameElement;
  nonce: string;
  /** The worker's relay of the frame's port; null until the frame said hello, or while the worker restarts. */
  port: Runtime.Port | null;
  greeted: boolean;
  o: PanelOptions;
  /** What the frame last asked for: its content's height, and whether it is the bar after Insert. */
  height: number;
  folded: boolean;
  /** The room last told to the frame. */
  room: number;
  /** Stops following scroll and resize. */
  unfollow: () => void;
  /** Made ahead (preparePanel) and not opened by the user yet: the frame may draft, never insert. */
  shown: boolean;
}

let open: Open | null = null;
let listening = false;

export function closePanel(key?: string): void {
  if (!open || (key !== undefined && open.key !== key)) return;
  const { host, port, o, key: openKey, unfollow, shown } = open;
  open = null;
  unfollow();
  try {
    port?.disconnect();
  } catch {
    // the frame went first
  }
  host.remove();
  if (shown) focusBack(o, openKey, 10);
}

/** Back to the button that opened the panel; when the webmail re-rendered the message, to its new button (the scan may bring it a moment later). */
function focusBack(o: PanelOptions, key: string, tries: number): void {
  const back = o.returnFocusTo?.isConnected ? o.returnFocusTo : o.doc.querySelector<HTMLElement>(`[${BUTTON_ATTR}="${CSS.escape(key)}"]`);
  if (back) return back.focus();
  if (tries > 0) {
    setTimeout(() => {
      const now = o.doc.activeElement;
      if (!open && (!now || now === o.doc.body)) focusBack(o, key, tries - 1); // unless the user went on meanwhile
    }, 100);
  }
}

/** Put the panel where it covers neither the subject nor (folded, after Insert) the reply editor; tell the frame its room. */
function place(current: Open): void {
  if (open !== current) return;
  const { o, host, frame } = current;
  const view = o.doc.defaultView;
  const editor = o.adapter.replyEditor(o.tracked.message, o.doc)?.getBoundingClientRect() ?? null;
  const p = placePanel({
    view: { width: o.doc.documentElement.clientWidth || view?.innerWidth || 0, height: o.doc.documentElement.clientHeight || view?.innerHeight || 0 },
    subject: o.adapter.subjectBox(o.tracked.message, o.doc),
    editor: editor && editor.height > 0 ? editor : null,
    folded: current.folded,
    height: current.height,
  });
  host.style.setProperty('top', `${Math.round(p.top)}px`, 'important');
  host.style.setProperty('left', `${Math.round(p.left)}px`, 'important');
  frame.style.width = `${Math.round(p.width)}px`;
  frame.style.height = `${Math.ceil(p.height)}px`;
  const room = Math.floor(p.room);
  if (room !== current.room && current.port) {
    current.room = room;
    send(current.port, { type: 'panel/room', room });
  }
}

/** Place again as the page scrolls or the window changes size (at most once a frame). */
function follow(current: Open): () => void {
  const view = current.o.doc.defaultView;
  if (!view) return () => {};
  let queued = false;
  const again = (e: Event) => {
    if (!e.isTrusted || queued) return;
    queued = true;
    view.requestAnimationFrame(() => {
      queued = false;
      place(current);
    });
  };
  const opts = { capture: true, passive: true };
  view.addEventListener('resize', again, opts);
  current.o.doc.addEventListener('scroll', again, opts);
  return () => {
    view.removeEventListener('resize', again, opts);
    current.o.doc.removeEventListener('scroll', again, opts);
  };
}

/** Is a panel open (for `key`, when given)? */
export function panelOpen(key?: string): boolean {
  return !!open?.shown && (key === undefined || open.key === key);
}

function send(port: Runtime.Port, msg: ToFrame): void {
  try {
    port.postMessage(msg);
  } catch {
    // the relay dropped (worker stopped): the frame connects again when it next speaks
  }
}

/** The worker relays our frame's port (src/background/panel-relay.ts): a port from our extension, not from a tab. */
function fromOurWorker(sender: Runtime.MessageSender | undefined): boolean {
  return !!sender && sender.id === browser.runtime.id && sender.tab === undefined;
}

function onConnect(port: Runtime.Port): void {
  if (port.name !== PANEL_PORT) return;
  const current = open;
  if (!current || current.port || !fromOurWorker(port.sender)) {
    port.disconnect();
    return;
  }
  // The first word must be the nonce we put in the frame's URL. The same frame says it again
  // after the worker was stopped and its port dropped: it gets the panel back, not a new one.
  const greet = (msg: unknown) => {
    port.onMessage.removeListener(greet);
    if (open !== current || current.port || !isToContent(msg) || msg.type !== 'panel/hello' || msg.nonce !== current.nonce) {
      port.disconnect();
      return;
    }
    current.port = port;
    current.room = -1; // a frame connecting again is told its room again
    port.onMessage.addListener((m: unknown) => onFrameMessage(current, m));
    port.onDisconnect.addListener(() => {
      if (current.port === port) current.port = null;
    });
    if (current.greeted) return place(current);
    current.greeted = true;
    const { o } = current;
    const hello: PanelOpen = {
      type: 'panel/open',
      key: o.tracked.message.key,
      email: o.tracked.email,
      analysis: o.tracked.analysis,
      intent: o.intent,
      notice: o.notice,
      problem: o.problem,
      theme: pageTheme(o.doc),
      hidden: !current.shown,
    };
    send(port, hello);
    place(current);
    if (current.shown) current.frame.focus(); // focus moves into the panel
  };
  port.onMessage.addListener(greet);
}

function onFrameMessage(current: Open, m: unknown): void {
  if (open !== current || !current.port || !isToContent(m)) return;
  const port = current.port;
  switch (m.type) {
    case 'panel/insert': {
      const { o } = current;
      // What the user has not seen does not enter the page (the frame refuses it first).
      if (!current.shown) return;
      void insertIntoReply(o.adapter, o.tracked.message, m.text, o.doc).then((result) => {
        send(current.port ?? port, { type: 'panel/inserted', id: m.id, result });
        place(current); // the reply editor is open now
      });
      return;
    }
    case 'panel/size':
      current.height = m.height;
      current.folded = m.folded === true;
      place(current);
      return;
    case 'panel/close':
      closePanel();
      return;
    case 'panel/hello':
      return;
  }
}

/**
 * The frame made ahead (hidden) serves `o`: the same tracked message (a new fingerprint, so a
 * new analysis, is a new Tracked), the same problem, no intent or notice asked for.
 */
const fits = (c: Open, o: PanelOptions): boolean => c.o.tracked === o.tracked && !o.intent && !o.notice && c.o.problem === o.problem;

/** Make the panel for `o` ahead of the click, hidden (the browser is idle, or the user is on the way to the button). */
export function preparePanel(o: PanelOptions): void {
  // One whose port dropped (the worker stopped) cannot be told it is shown: a new one then.
  if (!open || (!open.shown && !(fits(open, o) && (open.port || !open.greeted)))) create(o, false);
}

export function openPanel(o: PanelOptions): void {
  const c = open;
  if (!c || c.shown || !fits(c, o) || (c.greeted && !c.port)) return create(o, true);
  c.o = o;
  show(c);
}

/** On screen, placed, focused; the frame is told so over its port (or by the `panel/open` its hello gets). */
function show(c: Open): void {
  c.shown = true;
  c.host.inert = false;
  c.host.removeAttribute('aria-hidden');
  c.host.style.cssText = SHOWN;
  place(c);
  c.unfollow = follow(c);
  if (c.port) {
    c.frame.focus();
    send(c.port, { type: 'panel/shown' });
  }
}

const SHOWN = 'position:fixed !important;z-index:2147483000 !important;display:block !important;';

function create(o: PanelOptions, shown: boolean): void {
  closePanel();
  if (!listening) {
    browser.runtime.onConnect.addListener(onConnect);
    listening = true;
  }
  const key = o.tracked.message.key;
  const { host, root } = closedHost(o.doc, 'div', HOST_ATTR, key, FRAME_CSS);
  // Hidden until shown: out of sight, of the pointer's way, of the keyboard and of assistive technology.
  host.style.cssText = `${SHOWN}visibility:hidden !important;pointer-events:none !important;`;
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  const nonce = panelNonce();
  const frame = o.doc.createElement('iframe');
  frame.title = t('panelTitle');
  frame.allow = 'clipboard-write';
  frame.src = `${browser.runtime.getURL(PANEL_PAGE)}#${nonce}`;
  root.append(frame);
  stopAtHost(host, ['keydown', 'keypress', 'keyup', 'mousedown', 'click']);
  const current: Open = { key, host, frame, nonce, port: null, greeted: false, o, height: 320, folded: false, room: -1, unfollow: () => {}, shown: false };
  open = current;
  o.doc.documentElement.append(host);
  // Placing reads the page's layout: a hidden frame is placed when it is shown, so making it
  // ahead costs a huge thread no forced layout (tests/browser/bounded.test.ts).
  if (shown) show(current);
}
