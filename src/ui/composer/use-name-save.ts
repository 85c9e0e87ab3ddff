// Your name once (issue 16): with no name stored the composer asks for it (./NamePrompt.tsx);
// a later change in the name field is saved to the settings after a pause in typing, and the
// field says so (or why not). Without a way to save, nothing is asked and nothing is said.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { SaveName } from './NamePrompt';

export interface NameSave {
  /** Ask for the name at the top (first use). */
  ask: boolean;
  saveFirst: SaveName;
  /** The name field changed. */
  changed(name: string): void;
  status: { text: string; problem: boolean } | undefined;
}

export function useNameSave(save: SaveName | undefined, stored: string, delayMs = 700): NameSave {
  const [ask] = useState(() => !!save && stored.trim() === '');
  const [status, setStatus] = useState<NameSave['status']>(undefined);
  const saved = useRef(stored.trim());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const saveFirst: SaveName = async (name) => {
    if (!save) return { ok: false, error: '' };
    const r = await save(name);
    if (r.ok) saved.current = name;
    return r;
  };

  function changed(name: string): void {
    if (!save) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const n = name.trim();
      if (n === '' || n === saved.current) return;
      void save(n).then((r) => {
        if (r.ok) saved.current = n;
        setStatus(r.ok ? { text: t('composerNameSavedChanged'), problem: false } : { text: t('composerNameSaveFailed', r.error), problem: true });
      });
    }, delayMs);
  }

  return { ask, saveFirst, changed, status };
}
