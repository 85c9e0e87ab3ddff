// The user's settings for one-shot drafts (context menu); defaults when unreadable.
import browser from 'webextension-polyfill';
import { loadSettings, type Settings } from '../shared/settings';

export async function loadUserSettings(): Promise<Settings> {
  return (await loadSettings(browser.storage)).settings;
}
