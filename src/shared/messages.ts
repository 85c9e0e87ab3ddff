// The message protocol between the content script, the popup, the options page and
// the service worker. Every handler validates shape with these guards before acting,
// because a message is only as trustworthy as its sender.
import type { Analysis, DraftRequest, EmailInput, Finding, RenderedDraft, TactContext } from './types';

export type CoreRequest =
  | { type: 'core/analyze'; email: EmailInput }
  | { type: 'core/draft'; request: DraftRequest; context: TactContext }
  | { type: 'core/check'; body: string; context: TactContext };

export interface DraftResult {
  draft: RenderedDraft;
  findings: Finding[];
}

/** Popup or background → content script of a webmail tab. */
export type TabRequest =
  | { type: 'tab/get-message' }
  | { type: 'tab/insert'; text: string }
  | { type: 'tab/open-panel'; intent?: 'decline' | 'reschedule' | 'withdraw' }
  | { type: 'tab/quick-draft'; intent: 'decline' | 'reschedule' | 'withdraw' };

export interface TabMessage {
  email: EmailInput;
  analysis: Analysis;
}

/** Content script → background. */
export type BadgeRequest = { type: 'badge'; invitation: boolean };

export type AnyRequest = CoreRequest | TabRequest | BadgeRequest;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
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

const INTENTS = ['decline', 'reschedule', 'withdraw', 'accept', 'call_points', 'follow_up'];
const TONES = ['warm', 'formal', 'brief'];

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
    INTENTS.includes(v.intent as string) &&
    isStr(v.reason) && v.reason.length < 40 &&
    TONES.includes(v.tone as string) &&
    isStr(v.language) && v.language.length < 20 &&
    typeof v.seed === 'number' && Number.isFinite(v.seed) &&
    isDraftVars(v.vars)
  );
}

const optStr = (v: unknown, max: number): boolean => v === undefined || (isStr(v) && v.length <= max);

export function isTactContext(v: unknown): v is TactContext {
  return (
    isObj(v) && !hasPoison(v) && INTENTS.includes(v.intent as string) &&
    optStr(v.contactName, 10_000) && optStr(v.receivedAt, 200) && optStr(v.now, 200) && optStr(v.language, 20)
  );
}

export function isCoreRequest(v: unknown): v is CoreRequest {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'core/analyze': return isEmailInput(v.email);
    case 'core/draft': return isDraftRequest(v.request) && isTactContext(v.context);
    case 'core/check': return isStr(v.body) && v.body.length <= MAX_TEXT && isTactContext(v.context);
    default: return false;
  }
}

const QUICK = ['decline', 'reschedule', 'withdraw'];

export function isTabRequest(v: unknown): v is TabRequest {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'tab/get-message': return true;
    case 'tab/insert': return isStr(v.text) && v.text.length <= 1_000_000;
    case 'tab/open-panel': return v.intent === undefined || QUICK.includes(v.intent as string);
    case 'tab/quick-draft': return QUICK.includes(v.intent as string);
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
