// The options page's hold on the stored settings: opens them (moving the old shape, syncing),
// saves edits debounced and field by field over the freshest stored copy, replaces them
// whole for an import or a reset, and follows saves made in another window or browser.
// Every outcome is put in `save` in plain words (./save-status.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  exportSettings, loadSettings, openSettings, updateSettings,
  BACKUPS_KEY, LOCAL_KEY, MIRROR_KEY, type SaveResult, type Settings, type SettingsAreas, type SettingsBackup,
} from '../shared/settings';
import { t } from '../shared/i18n';
import { saveStatus, syncNote, type StatusText } from './save-status';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface StoreDeps {
  areas: SettingsAreas;
  /** Subscribe to storage.onChanged (changes and the area's name); returns unsubscribe. */
  onChanged?: ((listener: (changes: StorageChanges, areaName: string) => void) => () => void) | undefined;
  debounceMs?: number | undefined;
  /** How long to wait before syncing again after the browser refused too many writes. */
  retrySyncMs?: number | undefined;
}

export function useSettings(deps: StoreDeps) {
  const debounceMs = deps.debounceMs ?? 400;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [save, setSave] = useState<StatusText>({ text: '', problem: false });
  const [backupsVersion, setBackupsVersion] = useState(0);

  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef('');
  const latest = useRef<Settings | null>(null);
  const problemCopy = useRef<SettingsBackup | null>(null);
  // Fields edited here since the last save: only these are written (over whatever another
  // window stored meanwhile), and only these survive a change arriving from elsewhere.
  const touched = useRef(new Set<keyof Settings>());

  const refreshBackups = () => setBackupsVersion((v) => v + 1);

  function show(next: Settings) {
    latest.current = next;
    lastSaved.current = exportSettings(next);
    setSettings(next);
  }

  /** Sync refused too many writes a minute: try once more later (the save itself is done). */
  function retrySyncLater(r: SaveResult) {
    if (!r.ok || r.sync.kind !== 'not-synced' || r.sync.why !== 'rate' || retry.current) return;
    retry.current = setTimeout(() => {
      retry.current = null;
      void openSettings(deps.areas).then((o) => {
        if (!dirty.current && o.sync) setSave({ text: syncNote(o.sync) ?? t('optionsSaved'), problem: false });
      });
    }, deps.retrySyncMs ?? 61_000);
  }

  useEffect(() => {
    let alive = true;
    openSettings(deps.areas).then((r) => {
      if (!alive) return;
      show(r.settings);
      setProblems(r.problems);
      problemCopy.current = r.kept;
      const note = [syncNote(r.sync), ...r.notes].filter(Boolean).join(' ');
      if (note) setSave({ text: note, problem: false });
      refreshBackups();
    });
    const off = deps.onChanged?.((changes, areaName) => {
      if (areaName === 'local' && BACKUPS_KEY in changes) refreshBackups();
      const ours = areaName === 'local' ? LOCAL_KEY in changes : areaName === 'sync' && MIRROR_KEY in changes;
      if (!ours) return;
      void loadSettings(deps.areas).then(({ settings: incoming }) => {
        if (!alive) return;
        // What we hold already, typically our own save coming back (Firefox reports it before
        // set() resolves): nothing to merge. Taking it for another window's save re-saved forever.
        if (latest.current && exportSettings(incoming) === exportSettings(latest.current)) return;
        if (dirty.current && latest.current) {
          // Another window saved while the user is editing here: take its fields, keep ours.
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
        show(incoming);
        setSave({ text: t('optionsUpdatedElsewhere'), problem: false });
      });
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
      if (retry.current) clearTimeout(retry.current);
    };
  }, []);

  /** Writes the touched fields over the freshest stored copy. */
  function write(next: Settings): Promise<SaveResult> {
    const patch: Partial<Settings> = {};
    for (const k of touched.current) (patch as Record<string, unknown>)[k] = next[k];
    return updateSettings(deps.areas, patch);
  }

  async function persist(next: Settings): Promise<void> {
    setSave({ text: t('optionsSaving'), problem: false });
    const r = await write(next);
    if (latest.current !== next) return; // a newer edit is on its way
    dirty.current = false;
    if (r.ok) {
      touched.current.clear();
      lastSaved.current = exportSettings(next);
    }
    setSave(saveStatus(r));
    retrySyncLater(r);
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

  /** Replace everything (import, reset): nothing on screen changes until it is saved. */
  async function replaceAll(save: () => Promise<SaveResult>): Promise<SaveResult> {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const r = await save();
    if (r.ok) {
      touched.current.clear();
      dirty.current = false;
      show(r.settings);
    }
    refreshBackups();
    retrySyncLater(r);
    return r;
  }

  return { settings, problems, setProblems, save, setSave, update, replaceAll, problemCopy, backupsVersion };
}
