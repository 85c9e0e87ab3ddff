// The message protocol between the content script, the popup, the options page and
// the service worker. Every handler validates shape with these guards before acting,
// because a message is only as trustworthy as its sender.
import type { Analysis, DraftRequest, EmailInput, Finding, RenderedDraft, TactContext } from './types';
import { INTENTS, QUICK_INTENTS, TONES, isOneOf, type QuickIntent } from './ids';
import { isObj } from './guards';
import type { DateSources } from './received-date';

/** The content script's wake port (src/content/wake.ts): connecting starts and warms the worker. */
export const WAKE_PORT = 'tactful/wake';

export type CoreRequest =
  | { type: 'core/analyze'; email: EmailInput }
  | { type: 'core/draft'; request: DraftRequest; context: TactContext }
  | { type: 'core/check'; body: string; context: TactContext }
  /** "A scan is coming": start the worker (if stopped) and let it warm up; answered at once. */
  | { type: 'core/wake' }
  | PageAnalyzeRequest;

/**
 * The content script's analysis of an open message (#18): the worker does what need not be in
 * the page. It reads the received date from what the page shows (src/shared/received-date.ts),
 * fills in the candidate's name from the user's settings, analyses, and sets the tab's badge
 * from the result (one message per message switch). Answered with a PageAnalysis.
 */
export interface PageAnalyzeRequest {
  type: 'core/analyze-page';
  /** receivedAt '' and no candidateName: the worker fills both in. */
  email: EmailInput;
  /** The received date as the page shows it. */
  date: DateSources;
  /** Is another message open in this tab an invitation (the badge is on when either is)? */
  otherInvitation: boolean;
}

export interface PageAnalysis {
  analysis: Analysis;
  /** The email as analysed: receivedAt read, candidateName from the settings. */
  email: EmailInput;
  /** What the worker set the tab's badge to (null: not a tab's request). */
  badge: boolean | null;
}

export interface DraftResult {
  draft: RenderedDraft;
  findings: Finding[];
}

/** Popup or background → content script of a webmail tab. */
export type TabRequest =
  | { type: 'tab/get-message' }
  | { type: 'tab/insert'; text: string }
  | { type: 'tab/open-panel'; intent?: QuickIntent }
  | { type: 'tab/quick-draft'; intent: QuickIntent };

export interface TabMessage {
  email: EmailInput;
  analysis: Analysis;
}

/** Content script → background. */
export type BadgeRequest = { type: 'badge'; invitation: boolean };

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** What putting a draft into a reply gave: done, or the problem in plain words. */
export type InsertResult = { ok: true } | { ok: false; problem: string };

const isStr = (v: unknown): v is string => typeof v === 'string';

const MAX_TEXT = 6 * 1024 * 1024; // a 5 MB email must still pass; anything larger is refused

export function isEmailInput(v: unknown): v is EmailInput {
  return (
    isObj(v) &&
    isStr(v.subject) && v.subject.length < 100_000 &&
    isStr(v.fromName) && v.fromName.length < 10_000 &&
    isStr(v.fromEmail) && v.fromEmail.length < 10_000 &&
    isStr(v.body) && v.body.length <= MAX_TEXT &&
    isStr(v.receivedAt) && v.receivedAt.length < 200 &&
    (v.candidateName === undefined || (isStr(v.candidateName) && v.candidateName.length < 10_000))
  );
}

/** Keys that must never arrive as data: they reach prototypes when copied with spread or assign. */
const POISON = new Set(['__proto__', 'constructor', 'prototype']);
const hasPoison = (o: Record<string, unknown>): boolean => Object.keys(o).some((k) => POISON.has(k));

/** Draft variables: plain strings, flags, or lists of strings (the slots), bounded. */
function isDraftVars(v: unknown): boolean {
  if (!isObj(v) || hasPoison(v) || Object.keys(v).length > 40) return false;
  return Object.values(v).every((x) =>
    x === undefined || typeof x === 'boolean' ||
    (isStr(x) && x.length <= 20_000) ||
    (Array.isArray(x) && x.length <= 50 && x.every((s) => isStr(s) && s.length <= 2_000)),
  );
}

export function isDraftRequest(v: unknown): v is DraftRequest {
  return (
    isObj(v) &&
    isOneOf(INTENTS, v.intent) &&
    isStr(v.reason) && v.reason.length < 40 &&
    isOneOf(TONES, v.tone) &&
    isStr(v.language) && v.language.length < 20 &&
    typeof v.seed === 'number' && Number.isFinite(v.seed) &&
    isDraftVars(v.vars)
  );
}

const optStr = (v: unknown, max: number): boolean => v === undefined || (isStr(v) && v.length <= max);

/** What the user typed (the checker's `typed`): a short list of strings, no more text in all than a body may hold. */
function isTyped(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > 100) return false;
  let total = 0;
  for (const s of v) {
    if (!isStr(s)) return false;
    total += s.length;
  }
  return total <= MAX_TEXT;
}

export function isTactContext(v: unknown): v is TactContext {
  return (
    isObj(v) && !hasPoison(v) && isOneOf(INTENTS, v.intent) &&
    optStr(v.contactName, 10_000) && optStr(v.receivedAt, 200) && optStr(v.now, 200) && optStr(v.language, 20) &&
    isTyped(v.typed)
  );
}

const isStrList = (v: unknown, maxItems: number, maxChars: number): boolean =>
  v === undefined || (Array.isArray(v) && v.length <= maxItems && v.every((s) => s === null || s === undefined || (isStr(s) && s.length <= maxChars)));

/** A page's date sources: a few short strings (a date attribute, a title, the shown text, locales). */
export function isDateSources(v: unknown): v is DateSources {
  return isObj(v) && !hasPoison(v) && isStrList(v.machine, 8, 200) && isStrList(v.display, 8, 500) && Array.isArray(v.locales) && isStrList(v.locales, 16, 100);
}

export function isCoreRequest(v: unknown): v is CoreRequest {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'core/analyze': return isEmailInput(v.email);
    case 'core/draft': return isDraftRequest(v.request) && isTactContext(v.context);
    case 'core/check': return isStr(v.body) && v.body.length <= MAX_TEXT && isTactContext(v.context);
    case 'core/wake': return true;
    case 'core/analyze-page': return isEmailInput(v.email) && isDateSources(v.date) && typeof v.otherInvitation === 'boolean';
    default: return false;
  }
}

export function isTabRequest(v: unknown): v is TabRequest {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'tab/get-message': return true;
    case 'tab/insert': return isStr(v.text) && v.text.length <= 1_000_000;
    case 'tab/open-panel': return v.intent === undefined || isOneOf(QUICK_INTENTS, v.intent);
    case 'tab/quick-draft': return isOneOf(QUICK_INTENTS, v.intent);
    default: return false;
  }
}

/**
 * The content script's gate: a request from our own extension (popup, service worker) in a
 * known shape, else null (ignored, so another listener or nobody answers).
 */
export function acceptTabRequest(msg: unknown, sender: { id?: string } | null | undefined, ownId: string): TabRequest | null {
  if (!sender || typeof ownId !== 'string' || !ownId || sender.id !== ownId) return null;
  return isTabRequest(msg) ? msg : null;
}

export function isBadgeRequest(v: unknown): v is BadgeRequest {
  return isObj(v) && v.type === 'badge' && typeof v.invitation === 'boolean';
}
