// The options page: who you are, defaults, your own templates, export/import/reset, and
// the copies Tactful kept. Saves on change (debounced) and says truthfully where the save
// went (this browser; what reached the others through sync). Picks up a save from another
// window or browser unless the user has unsaved edits here (then theirs are saved on top,
// never dropped). An import or a reset keeps a copy of what it replaces.
import { useId, useState } from 'preact/hooks';
import type { Reason, Tone } from '../shared/types';
import {
  exportSettings, importSettings, listBackups, resetSettings, saveSettings, type Language,
} from '../shared/settings';
import type { CoreClient } from '../ui/core-client';
import { ALL_REASONS, LANGUAGE_OPTIONS, TONE_OPTIONS, reasonLabel } from '../ui/options-lists';
import { t } from '../shared/i18n';
import { TemplateEditor } from './TemplateEditor';
import { Backups } from './Backups';
import { saveStatus, syncNote, type StatusText } from './save-status';
import { useSettings, type StoreDeps } from './use-settings';
import { downloadText } from './download';

export type { StorageChanges } from './use-settings';

export interface OptionsDeps extends StoreDeps {
  client: CoreClient;
  download?: ((filename: string, text: string) => void) | undefined;
}

export function Options({ deps }: { deps: OptionsDeps }) {
  const download = deps.download ?? downloadText;
  const { settings, problems, setProblems, save, setSave, update, replaceAll, problemCopy, backupsVersion } = useSettings(deps);
  const [exported, setExported] = useState('');
  const [importMsg, setImportMsg] = useState<StatusText>({ text: '', problem: false });
  const [confirmReset, setConfirmReset] = useState(false);
  const [backupMsg, setBackupMsg] = useState('');
  const ids = { name: useId(), sig: useId(), tone: useId(), reason: useId(), lang: useId(), imp: useId(), exp: useId() };

  async function onImportFile(file: File | undefined) {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportMsg({ text: t('optionsImportUnreadable'), problem: true });
      return;
    }
    const parsed = importSettings(text);
    if (!parsed.ok) {
      setImportMsg({ text: parsed.error, problem: true });
      return;
    }
    setImportMsg({ text: '', problem: false });
    const r = await replaceAll(() => saveSettings(deps.areas, parsed.settings, { why: t('settingsWhyImport', file.name) }));
    if (!r.ok) {
      setImportMsg({ text: t('optionsImportFailed', [file.name, r.error]), problem: true });
      setSave({ text: r.error, problem: true });
      return;
    }
    const said = [t('optionsImported', file.name), syncNote(r.sync), r.kept ? t('optionsPreviousKept') : null];
    setImportMsg({ text: said.filter(Boolean).join(' '), problem: false });
    setSave(saveStatus(r, t('optionsImportedSaved')));
  }

  function onExport() {
    if (!settings) return;
    const json = exportSettings(settings);
    setExported(json);
    try {
      download('tactful-settings.json', json);
    } catch {
      // the text below is still there to copy
    }
  }

  function onDownloadProblemCopy() {
    const b = problemCopy.current;
    if (!b) {
      setBackupMsg(t('optionsNoBackup'));
      return;
    }
    download('tactful-settings-backup.json', b.data);
    setBackupMsg(t('optionsBackupDownloaded'));
  }

  async function onReset() {
    setConfirmReset(false);
    const r = await replaceAll(() => resetSettings(deps.areas));
    setSave(r.ok ? saveStatus(r, r.kept ? `${t('optionsResetDone')}. ${t('optionsPreviousKept')}` : t('optionsResetDone')) : { text: r.error, problem: true });
  }

  return (
    <main class="tf-root tf-options">
      <h1>{t('optionsTitle')}</h1>
      {problems.length > 0 && (
        <div class="tf-banner" role="alert">
          <p><strong>{t('optionsProblemsHeading')}</strong></p>
          <ul>{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
          <button type="button" onClick={onDownloadProblemCopy}>{t('optionsDownloadBackup')}</button>{' '}
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
            <h3>{t('optionsBackupsHeading')}</h3>
            <Backups load={() => listBackups(deps.areas)} version={backupsVersion} download={download} />
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
