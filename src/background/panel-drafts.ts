// The user's edits in the panel, kept per tab and message while the tab lives: in the
// worker's storage.session (in memory, only the extension's own pages and worker can read
// it, gone when the browser closes), and forgotten when the tab closes. So the same message
// opened again, after it collapsed or the webmail re-rendered it, gets its words back.
import browser from './ext';
import { SAVED_DRAFT_PREFIX, isSavedDraft, savedDraftKey, type SavedDraft } from '../shared/messages-panel';

export interface SessionArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const session = (): SessionArea => browser.storage.session as SessionArea;

export async function savedDraft(tabId: number, key: string, subject: string, area: SessionArea = session()): Promise<SavedDraft | undefined> {
  try {
    const k = savedDraftKey(tabId, key);
    const v = (await area.get(k))[k];
    return isSavedDraft(v) && v.subject === subject && v.text.trim() !== '' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the user's edited text, or forgets it when the box holds Tactful's own draft (or nothing). */
export async function keepDraft(tabId: number, key: string, draft: SavedDraft, edited: boolean, area: SessionArea = session()): Promise<void> {
  const k = savedDraftKey(tabId, key);
  try {
    if (edited && draft.text.trim() !== '') await area.set({ [k]: { text: draft.text, intent: draft.intent, subject: draft.subject } });
    else await area.remove(k);
  } catch {
    // storage.session refused (quota): the panel itself still holds the text
  }
}

export async function forgetTabDrafts(tabId: number, area: SessionArea = session()): Promise<void> {
  try {
    const mine = Object.keys(await area.get(null)).filter((k) => k.startsWith(`${SAVED_DRAFT_PREFIX}${tabId}:`));
    if (mine.length) await area.remove(mine);
  } catch {
    // nothing was kept there either
  }
}
