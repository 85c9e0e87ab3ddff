// A draft the context menu could not place into a page (the browser refused access):
// shown here, whole, with Copy, so the user never loses it.
import { useState } from 'preact/hooks';
import { copyText } from '../ui/clipboard';
import { t } from '../shared/i18n';

export interface Pending {
  text: string;
  why: string;
}

export function PendingDraft({ pending, copy = copyText }: { pending: Pending; copy?: (text: string, near?: Node | null) => Promise<boolean> }) {
  const [status, setStatus] = useState('');
  return (
    <section class="tf-pending">
      <p class="tf-notice" role="alert">{pending.why}</p>
      <label class="tf-label" for="tf-pending-draft">{t('composerDraft')}</label>
      <textarea id="tf-pending-draft" class="tf-draft" readOnly value={pending.text} />
      <div class="tf-actions">
        <button
          type="button"
          class="tf-primary"
          onClick={async (e) => {
            const ok = await copy(pending.text, e.currentTarget);
            setStatus(t(ok ? 'composerCopied' : 'popupPendingCopyFailed'));
          }}
        >
          {t('composerCopy')}
        </button>
      </div>
      <p role="status" aria-live="polite">{status}</p>
    </section>
  );
}
