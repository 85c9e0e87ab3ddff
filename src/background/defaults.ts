// The user's settings for one-shot drafts (context menu); defaults when unreadable.
import browser from './ext';
import { loadSettings } from '../shared/settings/load';
import type { Settings } from '../shared/settings/schema';

export async function loadUserSettings(): Promise<Settings> {
  return (await loadSettings(browser.storage)).settings;
}
