// The user's defaults for one-shot drafts (context menu), read from the settings store.
import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings';
import type { Reason, Tone } from '../shared/types';

export interface UserDefaults {
  candidateName: string;
  signature: string;
  tone: Tone;
  reason: Reason;
  language: string;
}

export async function loadUserDefaults(): Promise<UserDefaults> {
  const { settings } = await loadSettings(browser.storage.sync);
  return {
    candidateName: settings.candidateName,
    signature: settings.signature,
    tone: settings.defaultTone,
    reason: settings.defaultReason,
    language: settings.language,
  };
}
