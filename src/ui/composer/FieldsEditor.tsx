// The values the reply is built from, as read from the email, all editable.
import { useId, useState } from 'preact/hooks';
import { formatSlotForRecipient } from '../../shared/timezones';
import type { Intent } from '../../shared/types';
import type { ComposerFields } from '../../shared/first-draft';
import { t } from '../../shared/i18n';

interface Props {
  fields: ComposerFields;
  intent: Intent;
  onChange: (patch: Partial<ComposerFields>) => void;
  /** The invitation's time zone as written ("CET"), "" when it named none. */
  recipientZone?: string;
  /** Language of the reply, for the way a slot is written. */
  language?: string;
  /** The candidate's own IANA zone (tests pass one; the browser knows it). */
  candidateZone?: string;
}

function TextField({ label, value, onInput, placeholder }: { label: string; value: string; onInput: (v: string) => void; placeholder?: string }) {
  const id = useId();
  return (
    <div class="tf-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} placeholder={placeholder} autoComplete="off" spellcheck={false}
        onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

export function FieldsEditor({ fields, intent, onChange, recipientZone = '', language = 'en', candidateZone }: Props) {
  const slotsId = useId();
  const pickId = useId();
  const [picked, setPicked] = useState('');
  const ownZone = candidateZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  function addSlot() {
    // datetime-local is the candidate's wall clock: "2026-03-03T14:00" read in their zone.
    const at = new Date(picked);
    if (!picked || Number.isNaN(at.getTime())) return;
    const line = formatSlotForRecipient(at, recipientZone, ownZone, language);
    const lines = fields.proposedSlots.split('\n').map((l) => l.trim()).filter(Boolean);
    onChange({ proposedSlots: [...lines, line].join('\n') });
    setPicked('');
  }
  return (
    <details open class="tf-fields">
      <summary>{t('composerFieldsHeading')}</summary>
      <div class="tf-row">
        <TextField label={t('composerFieldContactName')} value={fields.contactName} onInput={(v) => onChange({ contactName: v })} />
        <TextField label={t('composerFieldCompany')} value={fields.company} onInput={(v) => onChange({ company: v })} />
      </div>
      <div class="tf-row">
        <TextField label={t('composerFieldRole')} value={fields.role} onInput={(v) => onChange({ role: v })} />
        <TextField label={t('composerFieldInterviewTime')} value={fields.interviewTime} onInput={(v) => onChange({ interviewTime: v })} />
      </div>
      {intent === 'reschedule' && (
        <div class="tf-field">
          <label for={slotsId}>{t('composerFieldSlots')}</label>
          <textarea id={slotsId} rows={3} value={fields.proposedSlots}
            placeholder={t('composerFieldSlotsPlaceholder')}
            onInput={(e) => onChange({ proposedSlots: e.currentTarget.value })} />
          <div class="tf-row tf-slot-picker">
            <div class="tf-field">
              <label for={pickId}>{t('composerAddSlotLabel')}</label>
              <input id={pickId} type="datetime-local" value={picked} onInput={(e) => setPicked(e.currentTarget.value)}
                onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); addSlot(); } }} />
            </div>
            <button type="button" class="tf-add-slot" disabled={!picked} onClick={addSlot}>{t('composerAddSlotButton')}</button>
          </div>
          {recipientZone && <p class="tf-quiet">{t('composerSlotsZoneNote', recipientZone)}</p>}
        </div>
      )}
      <TextField label={t('composerFieldYourName')} value={fields.candidateName} onInput={(v) => onChange({ candidateName: v })} />
    </details>
  );
}
