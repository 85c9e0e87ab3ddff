// The values the reply is built from, as read from the email, all editable. A value the email
// did not give (or the analysis abstained on) is marked "Not found in the email" (issue 14 §5).
import { useId, useState } from 'preact/hooks';
import type { InterviewFormat } from '../../shared/types';
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
  /** What became of a change to the name (saved to the settings, or why not). */
  nameStatus?: { text: string; problem: boolean } | undefined;
  /** Opens the options page (name, signature, defaults); absent where the host cannot. */
  onOpenOptions?: (() => void) | undefined;
}

const FORMATS: readonly { value: InterviewFormat; key: string }[] = [
  { value: '', key: 'formatUnknown' }, { value: 'onsite', key: 'formatOnsite' }, { value: 'video', key: 'formatVideo' }, { value: 'phone', key: 'formatPhone' },
];

function TextField({ label, value, onInput, placeholder, extracted, describedBy }: {
  label: string; value: string; onInput: (v: string) => void; placeholder?: string; extracted?: boolean; describedBy?: string | undefined;
}) {
  const id = useId();
  const missing = extracted && value.trim() === '';
  return (
    <div class={missing ? 'tf-field tf-missing' : 'tf-field'}>
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} placeholder={missing ? t('composerFieldNotFound') : placeholder} autoComplete="off" spellcheck={false}
        aria-describedby={describedBy} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

export function FieldsEditor({ fields, intent, onChange, recipientZone = '', language = 'en', candidateZone, nameStatus, onOpenOptions }: Props) {
  const slotsId = useId();
  const pickId = useId();
  const formatId = useId();
  const nameNote = useId();
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
        <TextField label={t('composerFieldContactName')} value={fields.contactName} onInput={(v) => onChange({ contactName: v })} extracted />
        <TextField label={t('composerFieldCompany')} value={fields.company} onInput={(v) => onChange({ company: v })} extracted />
      </div>
      <div class="tf-row">
        <TextField label={t('composerFieldRole')} value={fields.role} onInput={(v) => onChange({ role: v })} extracted />
        <TextField label={t('composerFieldInterviewTime')} value={fields.interviewTime} onInput={(v) => onChange({ interviewTime: v })} extracted />
      </div>
      <div class="tf-row">
        <div class={fields.format === '' ? 'tf-field tf-missing' : 'tf-field'}>
          <label for={formatId}>{t('composerFieldFormat')}</label>
          <select id={formatId} value={fields.format} onChange={(e) => onChange({ format: e.currentTarget.value as InterviewFormat })}>
            {FORMATS.map((f) => <option key={f.value} value={f.value}>{t(f.key)}</option>)}
          </select>
        </div>
        <TextField label={t('composerFieldPlace')} value={fields.location} onInput={(v) => onChange({ location: v })} extracted />
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
      <TextField label={t('composerFieldYourName')} value={fields.candidateName} onInput={(v) => onChange({ candidateName: v })}
        describedBy={nameStatus ? nameNote : undefined} />
      {nameStatus && <p id={nameNote} class={nameStatus.problem ? 'tf-error' : 'tf-quiet'} role="status">{nameStatus.text}</p>}
      {onOpenOptions && (
        <p class="tf-quiet"><button type="button" class="tf-link" onClick={onOpenOptions}>{t('composerOpenOptions')}</button></p>
      )}
    </details>
  );
}
