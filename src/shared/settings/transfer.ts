// Export and import of the settings as a JSON file: an import is validated completely
// before anything is applied, and refused in plain words otherwise.
import { isObj } from '../guards';
import { normalise, parseStored, type Settings } from './schema';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

export function exportSettings(s: Settings): string {
  return JSON.stringify(normalise(s), null, 2);
}

/** Validate completely; only a fully valid file produces settings. */
export function importSettings(json: string): ImportResult {
  if (typeof json !== 'string' || json.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (json.length > 1_000_000) return { ok: false, error: 'The file is too large to be Tactful settings.' };
  let data: unknown;
  try {
    data = JSON.parse(json) as unknown;
  } catch {
    return { ok: false, error: 'The file is not valid JSON, so nothing was changed.' };
  }
  if (!isObj(data)) return { ok: false, error: 'The file does not contain Tactful settings, so nothing was changed.' };
  if (data.version !== undefined && data.version !== 1 && data.version !== 2) {
    return { ok: false, error: `The file is from a different version of Tactful (${String(data.version).slice(0, 20)}), so nothing was changed.` };
  }
  const known = data.version === 2 || data.version === undefined && !('name' in data || 'tone' in data)
    ? ['version', 'candidateName', 'signature', 'defaultTone', 'defaultReason', 'language', 'templates']
    : ['version', 'name', 'tone'];
  const unknown = Object.keys(data).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    return { ok: false, error: `The file has settings Tactful does not know (${unknown.slice(0, 3).join(', ')}), so nothing was changed.` };
  }
  const parsed = parseStored(data);
  const problem = parsed.problems[0];
  if (problem !== undefined) {
    return { ok: false, error: `Nothing was changed: ${problem.replace(/(, so|; only) [^.]*\./, '.')}` };
  }
  return { ok: true, settings: parsed.settings };
}
