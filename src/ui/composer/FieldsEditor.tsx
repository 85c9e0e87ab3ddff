// The values the reply is built from, as read from the email, all editable.
import { useId } from 'preact/hooks';
import type { Intent } from '../../shared/types';
import type { ComposerFields } from './model';
import { t } from '../i18n';

interface Props {
  fields: ComposerFields;
  intent: Intent;
  onChange: (patch: Partial<ComposerFields>) => void;
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

export function FieldsEditor({ fields, intent, onChange }: Props) {
  const slotsId = useId();
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
        </div>
      )}
      <TextField label={t('composerFieldYourName')} value={fields.candidateName} onInput={(v) => onChange({ candidateName: v })} />
    </details>
  );
}
