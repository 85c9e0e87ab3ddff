// Your name once (issue 16): when no name is stored, the composer asks for it before anything
// else and stores it in the settings; later the name field in Details saves a change too, and
// says so. Without a way to save (tests, a host that passes none) it only fills this draft.
import { useId, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

export type SaveName = (name: string) => Promise<{ ok: true } | { ok: false; error: string }>;

interface Props {
  onSave: SaveName;
  /** The name goes into this draft at once, saved or not. */
  onName: (name: string) => void;
}

export function NamePrompt({ onSave, onName }: Props) {
  const id = useId();
  const [value, setValue] = useState('');
  const [said, setSaid] = useState<{ text: string; problem: boolean } | null>(null);
  // No <form>: nothing of ours is one (the hostile-markup tests forbid it), so Enter saves here.
  async function save() {
    const name = value.trim();
    if (!name) return;
    onName(name);
    const r = await onSave(name);
    setSaid(r.ok ? { text: t('composerNameSaved', name), problem: false } : { text: t('composerNameSaveFailed', r.error), problem: true });
  }
  if (said && !said.problem) return <p class="tf-quiet" role="status">{said.text}</p>;
  return (
    <div class="tf-name-prompt" role="group" aria-labelledby={`${id}-label`}>
      <label for={id} id={`${id}-label`}>{t('composerNamePrompt')}</label>
      <div class="tf-inline">
        <input id={id} type="text" value={value} autoComplete="name" maxLength={200}
          onInput={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void save(); } }} />
        <button type="button" disabled={value.trim() === ''} onClick={() => void save()}>{t('composerNameSave')}</button>
      </div>
      {said && <p class="tf-error" role="alert">{said.text}</p>}
    </div>
  );
}
