// What the options page says after a save: the truth about where the settings went. Saved
// always means saved in this browser (storage.local); the rest says what reached the
// user's other browsers through sync, and names the template groups that did not fit.
import type { Intent, Tone } from '../shared/types';
import type { SaveResult, SyncOutcome } from '../shared/settings';
import { intentLabel, toneLabel } from '../ui/options-lists';
import { t } from '../shared/i18n';

export interface StatusText {
  text: string;
  problem: boolean;
}

/** "decline/warm" → "Decline · Warm", in the user's language. */
export function groupLabel(key: string): string {
  const [intent, tone] = key.split('/') as [Intent, Tone];
  return `${intentLabel(intent)} · ${toneLabel(tone)}`;
}

/** What to say about sync, or null when everything reached it (or nothing is known). */
export function syncNote(sync: SyncOutcome | null): string | null {
  if (!sync || sync.kind === 'synced') return null;
  if (sync.kind === 'partial') return t('optionsSavedPartial', sync.omitted.map(groupLabel).join(', '));
  if (sync.why === 'rate') return t('optionsSavedSyncLater');
  if (sync.why === 'full') return t('optionsSavedSyncFull');
  return t('optionsSavedNotSynced', sync.detail);
}

/** The status line after a save; `done` is what to say when all went well ("Saved"). */
export function saveStatus(r: SaveResult, done = t('optionsSaved')): StatusText {
  if (!r.ok) return { text: r.error, problem: true };
  const note = syncNote(r.sync);
  return { text: note ?? done, problem: false };
}
