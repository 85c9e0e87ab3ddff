// The panel's port. The extension page in the panel's iframe (src/frame/) and the content
// script of its tab (src/content/panel.ts) talk over runtime ports routed by the worker
// (src/background/panel-relay.ts), never through the page's DOM or window messages:
//
//   frame ──runtime.connect──▶ worker ──tabs.connect(tab, frame 0)──▶ content script
//
// (Firefox gives an extension page framed in a web page runtime, storage.local/sync and
// i18n only: no tabs, no storage.session, so the frame cannot reach the content script or
// the session store itself.) The frame first says the nonce the content script put in its
// URL, inside a closed shadow root, so no page script read it; the content script answers
// only that one frame. The worker keeps the user's edits per tab and message in
// storage.session and hands them back with the next `panel/open` for the same message.
import type { Analysis, EmailInput } from './types';
import { isEmailInput, type InsertResult } from './messages';
import { INTENTS, QUICK_INTENTS, isOneOf, type Intent, type QuickIntent } from './ids';
import { isObj } from './guards';

export const PANEL_PORT = 'tactful-panel';

/** Why the panel opens without an analysis. */
export type PanelProblem = 'analysis-failed';

/** The user's edited draft for one message, kept while the tab lives. */
export interface SavedDraft {
  text: string;
  intent: Intent;
  /** The subject it answers: a different message under the same key does not get it. */
  subject: string;
}

export interface PanelOpen {
  type: 'panel/open';
  /** The webmail's key of the message: the saved draft is kept under it. */
  key: string;
  email: EmailInput;
  analysis: Analysis | null;
  intent?: QuickIntent | undefined;
  notice?: string | undefined;
  problem?: PanelProblem | undefined;
  theme?: 'light' | 'dark' | undefined;
  /** Made ahead of the click, not shown yet: draft, but insert, save and focus nothing until `panel/shown`. */
  hidden?: boolean | undefined;
  /** Filled in by the worker only: the edits kept for this message. */
  saved?: SavedDraft | undefined;
}

/** Content script → frame (through the worker). */
export type ToFrame =
  | PanelOpen
  | { type: 'panel/inserted'; id: number; result: InsertResult }
  /** The most height (px) the panel has where it sits: the frame fits its draft and Insert into it. */
  | { type: 'panel/room'; room: number }
  /** The user opened the panel that was made hidden: it is on screen now. */
  | { type: 'panel/shown' };

/** Frame → content script (through the worker). */
export type ToContent =
  | { type: 'panel/hello'; nonce: string }
  | { type: 'panel/insert'; id: number; text: string }
  /** The content's height; `folded`: the bar after Insert (the content script places it beside the reply). */
  | { type: 'panel/size'; height: number; folded?: boolean }
  | { type: 'panel/close' };

/** Frame → worker: keep (or forget, when not `edited`) the draft for this message. */
export type ToWorker = { type: 'panel/keep'; key: string; draft: SavedDraft; edited: boolean };

const isStr = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const MAX_DRAFT = 1_000_000;
const isPx = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100_000;

export function isSavedDraft(v: unknown): v is SavedDraft {
  return isObj(v) && isStr(v.text) && v.text.length <= MAX_DRAFT && isStr(v.subject) && v.subject.length < 100_000 && isOneOf(INTENTS, v.intent);
}

export function isToContent(v: unknown): v is ToContent {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'panel/hello': return isStr(v.nonce) && v.nonce.length > 0 && v.nonce.length <= 64;
    case 'panel/insert': return isId(v.id) && isStr(v.text) && v.text.length <= MAX_DRAFT;
    case 'panel/size': return isPx(v.height) && (v.folded === undefined || typeof v.folded === 'boolean');
    case 'panel/close': return true;
    default: return false;
  }
}

export function isToWorker(v: unknown): v is ToWorker {
  return isObj(v) && v.type === 'panel/keep' && isStr(v.key) && v.key.length <= 2_000 && isSavedDraft(v.draft) && typeof v.edited === 'boolean';
}

const isInsertResult = (v: unknown): v is InsertResult => isObj(v) && (v.ok === true || (v.ok === false && isStr(v.problem)));

export function isToFrame(v: unknown): v is ToFrame {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'panel/open':
      return (
        isStr(v.key) && v.key.length <= 2_000 && isEmailInput(v.email) &&
        (v.analysis === null || (isObj(v.analysis) && typeof v.analysis.invitation === 'boolean' && isObj(v.analysis.fields))) &&
        (v.intent === undefined || isOneOf(QUICK_INTENTS, v.intent)) &&
        (v.notice === undefined || (isStr(v.notice) && v.notice.length <= 2_000)) &&
        (v.problem === undefined || v.problem === 'analysis-failed') &&
        (v.theme === undefined || v.theme === 'light' || v.theme === 'dark') &&
        (v.hidden === undefined || typeof v.hidden === 'boolean') &&
        (v.saved === undefined || isSavedDraft(v.saved))
      );
    case 'panel/inserted': return isId(v.id) && isInsertResult(v.result);
    case 'panel/room': return isPx(v.room);
    case 'panel/shown': return true;
    default: return false;
  }
}

/** A fresh random nonce (hex), for the frame's URL. */
export function panelNonce(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** storage.session key of the user's edited draft for one message of one tab. */
export const SAVED_DRAFT_PREFIX = 'panelDraft:';
export function savedDraftKey(tabId: number, messageKey: string): string {
  return `${SAVED_DRAFT_PREFIX}${tabId}:${messageKey}`;
}

/** Is `url` our panel page (any extension host: Chromium's per-session one, or Firefox's)? */
export function isPanelPageUrl(url: unknown, page: string): boolean {
  if (!isStr(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:') && u.pathname === `/${page}`;
  } catch {
    return false;
  }
}
