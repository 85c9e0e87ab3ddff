// The toolbar popup. Renders its shell at once, then asks the active tab for the open
// message: on a webmail message, the composer with Insert; anywhere else, manual mode.
import { useEffect, useState } from 'preact/hooks';
import type { Analysis, EmailInput } from '../shared/types';
import { defaultSettings, type Settings } from '../shared/settings';
import type { CoreClient } from '../ui/core-client';
import { Composer } from '../ui/composer';
import type { SaveName } from '../ui/composer/NamePrompt';
import { t } from '../shared/i18n';
import { ManualInput } from './ManualInput';
import { PendingDraft, type Pending } from './PendingDraft';
import { insertViaTab, lookUpMessage, type TabDeps, type TabLookup } from './tab';

export interface PopupDeps extends TabDeps {
  client: CoreClient;
  loadSettings(): Promise<{ settings: Settings; problems: string[] }>;
  openOptions(): void;
  /** Store the user's name in the settings (the composer asks for it once). */
  saveName?: SaveName | undefined;
  /** Clipboard writer for the composer (tests). */
  copy?: ((text: string, near?: Node | null) => Promise<boolean>) | undefined;
  debounceMs?: number | undefined;
  /** A draft the context menu handed over because it could not place it in a page. */
  loadPending?: (() => Promise<Pending | null>) | undefined;
}

export function Popup({ deps }: { deps: PopupDeps }) {
  const [settings, setSettings] = useState<{ settings: Settings; problems: string[] } | null>(null);
  const [tab, setTab] = useState<TabLookup | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [manual, setManual] = useState<{ email: EmailInput | null; analysis: Analysis | null }>({ email: null, analysis: null });

  useEffect(() => {
    deps.loadPending?.().then(setPending, () => undefined);
    deps.loadSettings().then(setSettings, () =>
      setSettings({ settings: defaultSettings(), problems: [t('popupSettingsUnreadable')] }));
    lookUpMessage(deps).then((found) => {
      setTab(found);
      // An answer with the email but no analysis: analyse it here.
      if (found.kind === 'message' && !found.analysis) {
        deps.client.analyze(found.email).then((analysis) => setTab({ ...found, analysis }), () => undefined);
      }
    });
  }, []);

  const ready = settings !== null && tab !== null;
  // A draft handed over by the context menu takes the window; a notice alone (no draft) sits above the rest.
  const handover = !!pending?.text;
  return (
    <div class="tf-root tf-popup" aria-busy={!ready}>
      <header class="tf-header">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="tf-link" onClick={() => deps.openOptions()}>{t('popupOptions')}</button>
      </header>
      <main class="tf-body">
        {!ready && <p class="tf-quiet" role="status">{t('popupLooking')}</p>}
        {pending && <PendingDraft pending={pending} copy={deps.copy} />}
        {ready && settings.problems.length > 0 && (
          <p class="tf-quiet">{t('popupSettingsProblems')}</p>
        )}
        {!handover && ready && tab.kind === 'message' && (
          <Composer
            saveName={deps.saveName}
            client={deps.client}
            email={tab.email}
            analysis={tab.analysis}
            settings={settings.settings}
            mode="popup"
            onInsert={(text) => insertViaTab(deps, tab.tabId, text)}
            copy={deps.copy}
            debounceMs={deps.debounceMs}
          />
        )}
        {!handover && ready && tab.kind === 'none' && (
          <>
            <p class="tf-quiet">{pending ? '' : `${tab.why} `}{t('popupManualHint')}</p>
            <ManualInput client={deps.client} debounceMs={deps.debounceMs} onAnalysed={(email, analysis) => setManual({ email, analysis })} />
            <Composer
            saveName={deps.saveName}
              client={deps.client}
              email={manual.email}
              analysis={manual.analysis}
              settings={settings.settings}
              mode="popup"
              copy={deps.copy}
              debounceMs={deps.debounceMs}
            />
          </>
        )}
      </main>
    </div>
  );
}
