// The tact checker's findings under the draft, most severe first.
import type { Finding, Severity } from '../../shared/types';
import { t, tMessage } from '../../shared/i18n';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const WORD: Record<Severity, string> = { error: 'findingsFix', warning: 'findingsConsider', info: 'findingsNote' };

interface Props {
  findings: readonly Finding[];
  notes: readonly string[];
  checking: boolean;
  id?: string;
}

export function Findings({ findings, notes, checking, id }: Props) {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (sorted.length === 0 && notes.length === 0) {
    return <p class="tf-quiet" id={id}>{t(checking ? 'findingsChecking' : 'findingsNone')}</p>;
  }
  return (
    <ul class="tf-findings" id={id} aria-label={t('findingsLabel')}>
      {sorted.map((f, i) => (
        <li key={`${f.rule}-${i}`} data-severity={f.severity}>
          <span class={`tf-sev tf-sev-${f.severity}`}>{t(WORD[f.severity])}</span>
          <span>{tMessage(f, f.message)}</span>
        </li>
      ))}
      {notes.map((n, i) => (
        <li key={`note-${i}`} data-severity="info">
          <span class="tf-sev tf-sev-info">{t(WORD.info)}</span>
          <span>{n}</span>
        </li>
      ))}
    </ul>
  );
}
