// Manual mode: paste the invitation (analysed as you type, debounced), or just fill the
// fields in the composer by hand.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Analysis, EmailInput } from '../shared/types';
import type { CoreClient } from '../ui/core-client';
import { plainError } from '../ui/composer/model';
import { t } from '../shared/i18n';

interface Props {
  client: CoreClient;
  onAnalysed: (email: EmailInput | null, analysis: Analysis | null) => void;
  debounceMs?: number | undefined;
}

export function ManualInput({ client, onAnalysed, debounceMs = 300 }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    if (text.trim() === '') {
      setError('');
      onAnalysed(null, null);
      return;
    }
    const timer = setTimeout(() => {
      const email: EmailInput = { subject: '', fromName: '', fromEmail: '', body: text, receivedAt: '' };
      client.analyze(email).then(
        (analysis) => {
          if (mine !== seq.current) return;
          setError('');
          onAnalysed(email, analysis);
        },
        (e: unknown) => {
          if (mine === seq.current) setError(t('popupReadFailed', plainError(e)));
        },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="tf-field">
      <label for={id}>{t('popupPasteLabel')}</label>
      <textarea id={id} rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)}
        placeholder={t('popupPastePlaceholder')} />
      {error && <p class="tf-error" role="alert">{error}</p>}
    </div>
  );
}
