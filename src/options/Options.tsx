// The options page: who you are, defaults, your own templates, export/import/reset.
// Saves on change (debounced) and says so; picks up a save from another window unless the
// user has unsaved edits here (then theirs are saved on top, never dropped).
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Reason, Tone } from '../shared/types';
import {
  defaultSettings, exportSettings, importSettings, loadBackup, loadSettings, parseStored, resetSettings,
  saveSettings, updateSettings, SETTINGS_KEY, type SaveResult, type Language, type Settings, type StorageAreaLike,
} from '../shared/settings';
import type { CoreClient } from '../ui/core-client';
import { ALL_REASONS, LANGUAGE_OPTIONS, TONE_OPTIONS, reasonLabel } from '../ui/options-lists';
import { t } from '../shared/i18n';
import { TemplateEditor } from './TemplateEditor';
import { downloadText } from './download';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface OptionsDeps {
  client: CoreClient;
  area: StorageAreaLike;
  /** Subscribe to changes of `area` (storage.onChanged filtered to it); returns unsubscribe. */
  onChanged?: ((listener: (changes: StorageChanges) => void) => () => void) | undefined;
  download?: ((filename: string, text: string) => void) | undefined;
  debounceMs?: number | undefined;
}

type SaveState = { text: string; problem: boolean };

export function Options({ deps }: { deps: OptionsDeps }) {
  const debounceMs = deps.debounceMs ?? 400;
  const download = deps.download ?? downloadText;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [save, setSave] = useState<SaveState>({ text: '', problem: false });
  const [exported, setExported] = useState('');
  const [importMsg, setImportMsg] = useState<SaveState>({ text: '', problem: false });
  const [confirmReset, setConfirmReset] = useState(false);
  const [backupMsg, setBackupMsg] = useState('');

  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef('');
  const latest = useRef<Settings | null>(null);
  // Fields edited here since the last save: only these are written (over whatever another
  // window stored meanwhile), and only these survive a change arriving from elsewhere.
  const touched = useRef(new Set<keyof Settings>());
  const replacing = useRef(false); // import / whole replacement: write everything

  const ids = { name: useId(), sig: useId(), tone: useId(), reason: useId(), lang: useId(), imp: useId(), exp: useId() };

  useEffect(() => {
    let alive = true;
    loadSettings(deps.area).then((r) => {
      if (!alive) return;
      latest.current = r.settings;
      lastSaved.current = exportSettings(r.settings);
      setSettings(r.settings);
      setProblems(r.problems);
    });
    const off = deps.onChanged?.((changes) => {
      const change = changes[SETTINGS_KEY];
      if (!change) return;
      const incoming = parseStored(change.newValue ?? {}).settings;
      // What we hold already, typically our own save coming back (Firefox reports it before
      // set() resolves): nothing to merge. Taking it for another window's save re-saved forever.
      if (latest.current && exportSettings(incoming) === exportSettings(latest.current)) return;
      if (dirty.current && latest.current) {
        // Another window saved while the user is editing here: take its fields, keep ours.
        if (replacing.current) return;
        const mine = latest.current;
        const merged = { ...incoming } as Settings;
        for (const k of touched.current) (merged as unknown as Record<string, unknown>)[k] = mine[k];
        latest.current = merged;
        setSettings(merged);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void persist(merged), debounceMs);
        return;
      }
      const json = exportSettings(incoming);
      if (json === lastSaved.current) return;
      lastSaved.current = json;
      latest.current = incoming;
      setSettings(incoming);
      setSave({ text: t('optionsUpdatedElsewhere'), problem: false });
    });
    // Closing the tab right after typing: save now rather than lose the last words.
    const flush = () => {
      if (timer.current && latest.current && dirty.current) {
        clearTimeout(timer.current);
        timer.current = null;
        void write(latest.current);
      }
    };
    window.addEventListener('pagehide', flush);
    return () => {
      alive = false;
      off?.();
      window.removeEventListener('pagehide', flush);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  /** Writes the touched fields over the freshest stored copy, or everything on a replace. */
  async function write(next: Settings): Promise<SaveResult> {
    if (replacing.current) return saveSettings(deps.area, next);
    const patch: Partial<Settings> = {};
    for (const k of touched.current) (patch as Record<string, unknown>)[k] = next[k];
    return updateSettings(deps.area, patch);
  }

  async function persist(next: Settings): Promise<boolean> {
    setSave({ text: t('optionsSaving'), problem: false });
    const r = await write(next);
    if (latest.current !== next) return r.ok; // a newer edit is on its way
    dirty.current = false;
    if (r.ok) {
      touched.current.clear();
      replacing.current = false;
    }
    if (r.ok) {
      lastSaved.current = exportSettings(next);
      setSave({ text: t('optionsSaved'), problem: false });
    } else {
      setSave({ text: r.error, problem: true });
    }
    return r.ok;
  }

  function update(patch: Partial<Settings>) {
    if (!latest.current) return;
    const next: Settings = { ...latest.current, ...patch, version: 2 };
    for (const k of Object.keys(patch)) touched.current.add(k as keyof Settings);
    latest.current = next;
    dirty.current = true;
    setSettings(next);
    setSave({ text: t('optionsNotSavedYet'), problem: false });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void persist(next), debounceMs);
  }

  async function replaceAll(next: Settings, done: string) {
    if (timer.current) clearTimeout(timer.current);
    replacing.current = true;
    latest.current = next;
    dirty.current = true;
    setSettings(next);
    if (await persist(next)) setSave({ text: done, problem: false });
  }

  async function onImportFile(file: File | undefined) {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportMsg({ text: t('optionsImportUnreadable'), problem: true });
      return;
    }
    const r = importSettings(text);
    if (!r.ok) {
      setImportMsg({ text: r.error, problem: true });
      return;
    }
    setImportMsg({ text: t('optionsImported', file.name), problem: false });
    await replaceAll(r.settings, t('optionsImportedSaved'));
  }

  function onExport() {
    if (!latest.current) return;
    const json = exportSettings(latest.current);
    setExported(json);
    try {
      download('tactful-settings.json', json);
    } catch {
      // the text below is still there to copy
    }
  }

  async function onDownloadBackup() {
    const b = await loadBackup(deps.area);
    if (!b) {
      setBackupMsg(t('optionsNoBackup'));
      return;
    }
    download('tactful-settings-backup.json', b.data);
    setBackupMsg(t('optionsBackupDownloaded'));
  }

  async function onReset() {
    setConfirmReset(false);
    if (timer.current) clearTimeout(timer.current);
    const r = await resetSettings(deps.area);
    if (r.ok) {
      const d = defaultSettings();
      latest.current = d;
      dirty.current = false;
      lastSaved.current = exportSettings(d);
      setSettings(d);
      setSave({ text: t('optionsResetDone'), problem: false });
    } else {
      setSave({ text: r.error, problem: true });
    }
  }

  return (
    <main class="tf-root tf-options">
      <h1>{t('optionsTitle')}</h1>
      {problems.length > 0 && (
        <div class="tf-banner" role="alert">
          <p><strong>{t('optionsProblemsHeading')}</strong></p>
          <ul>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
          <button type="button" onClick={onDownloadBackup}>{t('optionsDownloadBackup')}</button>{' '}
          <button type="button" onClick={() => setProblems([])}>{t('optionsDismiss')}</button>
          {backupMsg && <p>{backupMsg}</p>}
        </div>
      )}
      <p class={save.problem ? 'tf-status tf-problem' : 'tf-status'} role="status" aria-live="polite">{save.text}</p>
      {!settings && <p class="tf-quiet">{t('optionsLoading')}</p>}
      {settings && (
        <>
          <section aria-labelledby="tf-h-you">
            <h2 id="tf-h-you">{t('optionsYouHeading')}</h2>
            <div class="tf-field">
              <label for={ids.name}>{t('optionsYourName')}</label>
              <input id={ids.name} type="text" value={settings.candidateName} maxLength={200} autoComplete="name"
                onInput={(e) => update({ candidateName: e.currentTarget.value })} />
            </div>
            <div class="tf-field">
              <label for={ids.sig}>{t('optionsSignature')}</label>
              <textarea id={ids.sig} rows={3} value={settings.signature} maxLength={2000}
                onInput={(e) => update({ signature: e.currentTarget.value })} />
            </div>
          </section>

          <section aria-labelledby="tf-h-defaults">
            <h2 id="tf-h-defaults">{t('optionsDefaultsHeading')}</h2>
            <div class="tf-row">
              <div class="tf-field">
                <label for={ids.tone}>{t('optionsDefaultTone')}</label>
                <select id={ids.tone} value={settings.defaultTone} onChange={(e) => update({ defaultTone: e.currentTarget.value as Tone })}>
                  {TONE_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              </div>
              <div class="tf-field">
                <label for={ids.reason}>{t('optionsDefaultReason')}</label>
                <select id={ids.reason} value={settings.defaultReason} onChange={(e) => update({ defaultReason: e.currentTarget.value as Reason })}>
                  {ALL_REASONS.map((r) => <option key={r} value={r}>{reasonLabel(r)}</option>)}
                </select>
              </div>
              <div class="tf-field">
                <label for={ids.lang}>{t('optionsReplyLanguage')}</label>
                <select id={ids.lang} value={settings.language} onChange={(e) => update({ language: e.currentTarget.value as Language })}>
                  {LANGUAGE_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              </div>
            </div>
          </section>

          <section aria-labelledby="tf-h-templates">
            <h2 id="tf-h-templates">{t('optionsTemplatesHeading')}</h2>
            <TemplateEditor client={deps.client} settings={settings} onChange={(templates) => update({ templates })}
              debounceMs={deps.debounceMs === undefined ? undefined : Math.min(deps.debounceMs, 150)} />
          </section>

          <section aria-labelledby="tf-h-backup">
            <h2 id="tf-h-backup">{t('optionsBackupHeading')}</h2>
            <div class="tf-actions">
              <button type="button" onClick={onExport}>{t('optionsExport')}</button>
            </div>
            {exported && (
              <div class="tf-field">
                <label for={ids.exp}>{t('optionsExported')}</label>
                <textarea id={ids.exp} rows={8} readOnly value={exported} onFocus={(e) => e.currentTarget.select()} />
              </div>
            )}
            <div class="tf-field">
              <label for={ids.imp}>{t('optionsImport')}</label>
              <input id={ids.imp} type="file" accept="application/json,.json"
                onChange={(e) => { const input = e.currentTarget; void onImportFile(input.files?.[0]).finally(() => { input.value = ''; }); }} />
            </div>
            {importMsg.text && <p class={importMsg.problem ? 'tf-error' : 'tf-quiet'} role={importMsg.problem ? 'alert' : undefined}>{importMsg.text}</p>}
            {!confirmReset && (
              <div class="tf-actions"><button type="button" onClick={() => setConfirmReset(true)}>{t('optionsResetButton')}</button></div>
            )}
            {confirmReset && (
              <div class="tf-confirm" role="group" aria-label={t('optionsConfirmResetGroup')}>
                <p>{t('optionsConfirmResetText')}</p>
                <button type="button" onClick={onReset}>{t('optionsReset')}</button>
                <button type="button" onClick={() => setConfirmReset(false)}>{t('optionsCancel')}</button>
              </div>
            )}
          </section>
        </>
      )}
    </main>
  );
}
