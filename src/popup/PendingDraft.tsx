// A draft the context menu did not place into a page (no text box chosen, the browser refused
// access…): shown here, whole, with Copy, so the user never loses it. The copy is made from
// this extension page, so the web page can neither read the draft nor swap what is copied.
// Without a draft (a webmail tab with no message to answer) only the why is shown.
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
      {pending.text && <>
        <label class="tf-label" for="tf-pending-draft">{t('composerDraft')}</label>
        <textarea id="tf-pending-draft" class="tf-draft" rows={12} readOnly value={pending.text} />
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
      </>}
    </section>
  );
}
