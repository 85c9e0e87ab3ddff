// The copies Tactful kept (storage.local, newest first): when, why, and a download for each.
import { useEffect, useState } from 'preact/hooks';
import type { SettingsBackup } from '../shared/settings';
import { t } from '../shared/i18n';

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

export function Backups(props: { load: () => Promise<SettingsBackup[]>; version: number; download: (filename: string, text: string) => void }) {
  const [list, setList] = useState<SettingsBackup[] | null>(null);
  useEffect(() => {
    let alive = true;
    props.load().then((l) => { if (alive) setList(l); }, () => { if (alive) setList([]); });
    return () => { alive = false; };
  }, [props.version]);
  return (
    <div class="tf-backups">
      <p class="tf-quiet">{t('optionsBackupsIntro')}</p>
      {list && list.length === 0 && <p class="tf-quiet">{t('optionsNoBackups')}</p>}
      {list && list.length > 0 && (
        <ul>
          {list.map((b, i) => (
            <li key={`${b.at}-${i}`}>
              <span>{t('optionsBackupItem', [formatWhen(b.at), b.why])}</span>{' '}
              <button type="button" onClick={() => props.download(backupFilename(b), b.data)}>
                {t('optionsDownloadCopy', formatWhen(b.at))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function backupFilename(b: SettingsBackup): string {
  const stamp = b.at.replace(/[^0-9]/g, '').slice(0, 14);
  return `tactful-settings-copy-${stamp || 'undated'}.json`;
}
