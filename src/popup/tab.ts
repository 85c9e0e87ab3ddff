// Talking to the active tab's content script from the popup. Replies are checked for shape:
// a page could in principle answer anything, and an old content script may answer
// differently, so both `Reply<T>` ({ok, value}) and bare values are accepted.
import type { Analysis, EmailInput } from '../shared/types';
import { isEmailInput, type TabRequest } from '../shared/messages';
import type { InsertResult } from '../shared/messages';
import { isObj } from '../shared/guards';
import { t } from '../shared/i18n';

export interface TabDeps {
  /** Id of the active tab of the current window (tabs.query works without the tabs permission). */
  activeTabId(): Promise<number | undefined>;
  sendToTab(tabId: number, msg: TabRequest): Promise<unknown>;
}

export type TabLookup =
  | { kind: 'message'; tabId: number; email: EmailInput; analysis: Analysis | null }
  | { kind: 'none'; why: string };

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isAnalysis(v: unknown): v is Analysis {
  if (!isObj(v) || !isObj(v.fields)) return false;
  const f = v.fields;
  return (
    typeof v.invitation === 'boolean' && typeof v.confidence === 'number' && typeof v.kind === 'string' &&
    isStrings(v.signals) && typeof v.language === 'string' &&
    ['company', 'role', 'contactName', 'timezone', 'format', 'schedulingLink', 'location'].every((k) => typeof f[k] === 'string') &&
    isStrings(f.proposedTimes)
  );
}

function unwrap(reply: unknown): unknown {
  if (isObj(reply) && 'ok' in reply && 'value' in reply) return reply.ok === true ? reply.value : undefined;
  return reply;
}

export function parseTabMessage(reply: unknown): { email: EmailInput; analysis: Analysis | null } | null {
  const v = unwrap(reply);
  if (!isObj(v) || !isEmailInput(v.email)) return null;
  return { email: v.email, analysis: isAnalysis(v.analysis) ? v.analysis : null };
}

export function parseInsertReply(reply: unknown): InsertResult {
  if (!isObj(reply)) return { ok: false, problem: t('popupPageNoAnswer') };
  if (reply.ok === true) {
    if (isObj(reply.value) && typeof reply.value.ok === 'boolean') return parseInsertReply(reply.value);
    return { ok: true };
  }
  const problem = typeof reply.problem === 'string' ? reply.problem : typeof reply.error === 'string' ? reply.error : '';
  return { ok: false, problem: problem || t('popupNotInserted') };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e); });
  });
}

/** Ask the active tab for its open message. Never throws: "none" says why in plain words. */
export async function lookUpMessage(deps: TabDeps, timeoutMs = 1500): Promise<TabLookup> {
  let tabId: number | undefined;
  try {
    tabId = await deps.activeTabId();
  } catch {
    tabId = undefined;
  }
  if (tabId === undefined) return { kind: 'none', why: t('popupNoTab') };
  let reply: unknown;
  try {
    reply = await withTimeout(deps.sendToTab(tabId, { type: 'tab/get-message' }), timeoutMs);
  } catch {
    return { kind: 'none', why: t('popupNotWebmail') };
  }
  const found = parseTabMessage(reply);
  if (!found) return { kind: 'none', why: t('popupNoMessage') };
  return { kind: 'message', tabId, ...found };
}

export async function insertViaTab(deps: TabDeps, tabId: number, text: string, timeoutMs = 8000): Promise<InsertResult> {
  try {
    return parseInsertReply(await withTimeout(deps.sendToTab(tabId, { type: 'tab/insert', text }), timeoutMs));
  } catch (e) {
    const m = e instanceof Error && e.message !== 'timeout' ? e.message : '';
    return { ok: false, problem: m ? t('popupPageRefused', m) : t('popupPageTimeout') };
  }
}
