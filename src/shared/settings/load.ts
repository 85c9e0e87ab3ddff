// Reading the settings in force, apart from the writers in ./store.ts: the worker imports
// only this, so its bundle does not carry the options page's save, backup and sync code.
import { t } from '../i18n';
import { errorText, type SettingsAreas } from './areas';
import { defaultSettings, type Settings } from './schema';
import { readState, resolve } from './state';

export interface Loaded {
  settings: Settings;
  /** Plain words about anything that could not be used as stored. */
  problems: string[];
}

/** The settings in force. Reads only; never throws. */
export async function loadSettings(areas: SettingsAreas): Promise<Loaded> {
  try {
    const r = resolve(await readState(areas));
    return { settings: r.settings, problems: r.problems };
  } catch (e) {
    return { settings: defaultSettings(), problems: [t('settingsReadFailed', errorText(e))] };
  }
}
