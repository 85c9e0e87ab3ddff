// The composer's last row: Insert into reply and Copy, the "Insert again?" question, why call
// notes have no Insert, and the status line that says what happened.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Send } from './use-send';

interface Props {
  send: Send;
  /** There is a reply to insert into (the panel, the popup on a webmail tab). */
  hasInsert: boolean;
  /** False for call notes: Insert stays in its place, disabled, and the note says why. */
  canInsert: boolean;
  hasText: boolean;
  /** Beside the buttons, after them for the keyboard too ("Another wording"). */
  extra?: ComponentChildren;
}

export function Actions({ send, hasInsert, canInsert, hasText, extra }: Props) {
  const noteId = useId();
  const waiting = send.flow.phase === 'waiting' || send.flow.phase === 'inserting';
  return (
    <>
      {send.flow.phase === 'confirm' && (
        <div class="tf-confirm" role="group" aria-label={t('composerInsertAgainLabel')}>
          <p>{t('composerInsertAgainQuestion')}</p>
          <button type="button" onClick={send.again}>{t('composerInsertAgain')}</button>
          <button type="button" onClick={send.cancel}>{t('composerDontInsert')}</button>
        </div>
      )}
      <div class="tf-actions tf-primary-actions">
        {hasInsert && (
          <button type="button" class="tf-primary" disabled={!hasText || !canInsert} aria-busy={waiting}
            aria-describedby={canInsert ? undefined : noteId} onClick={send.insert}>{t('composerInsert')}</button>
        )}
        <button type="button" class={hasInsert && canInsert ? '' : 'tf-primary'} disabled={!hasText} onClick={send.copy}>{t('composerCopy')}</button>
        {extra}
      </div>
      {hasInsert && !canInsert && <p class="tf-quiet" id={noteId}>{t('composerCallNotesCopyOnly')}</p>}
      <p class={send.status.problem ? 'tf-status tf-problem' : 'tf-status'} role="status" aria-live="polite">{send.status.text}</p>
    </>
  );
}
