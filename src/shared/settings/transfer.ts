// Export and import of the settings as a JSON file: an import is validated completely
// before anything is applied, and refused in plain words otherwise. The export format is
// the Settings object itself (version 2), whatever the storage shape.
import { isObj } from '../guards';
import { t } from '../i18n';
import { normalise, parseStored, type Settings } from './schema';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

export function exportSettings(s: Settings): string {
  return JSON.stringify(normalise(s), null, 2);
}

/** Validate completely; only a fully valid file produces settings. */
export function importSettings(json: string): ImportResult {
  if (typeof json !== 'string' || json.trim() === '') return { ok: false, error: t('settingsImportEmpty') };
  if (json.length > 1_000_000) return { ok: false, error: t('settingsImportTooLarge') };
  let data: unknown;
  try {
    data = JSON.parse(json) as unknown;
  } catch {
    return { ok: false, error: t('settingsImportNotJson') };
  }
  if (!isObj(data)) return { ok: false, error: t('settingsImportNotSettings') };
  if (data.version !== undefined && data.version !== 1 && data.version !== 2) {
    return { ok: false, error: t('settingsImportOtherVersion', String(data.version).slice(0, 20)) };
  }
  const known = data.version === 2 || data.version === undefined && !('name' in data || 'tone' in data)
    ? ['version', 'candidateName', 'signature', 'defaultTone', 'defaultReason', 'language', 'templates']
    : ['version', 'name', 'tone'];
  const unknown = Object.keys(data).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    return { ok: false, error: t('settingsImportUnknownKeys', unknown.slice(0, 3).map((k) => k.slice(0, 40)).join(', ')) };
  }
  const parsed = parseStored(data);
  const problem = parsed.facts[0];
  if (problem !== undefined) return { ok: false, error: t('settingsImportNothingChanged', problem) };
  return { ok: true, settings: parsed.settings };
}
