// The values the reply is built from, as read from the email, all editable.
import { useId } from 'preact/hooks';
import type { Intent } from '../../shared/types';
import type { ComposerFields } from './model';

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
      <summary>Names and times</summary>
      <div class="tf-row">
        <TextField label="Contact name" value={fields.contactName} onInput={(v) => onChange({ contactName: v })} />
        <TextField label="Company" value={fields.company} onInput={(v) => onChange({ company: v })} />
      </div>
      <div class="tf-row">
        <TextField label="Role" value={fields.role} onInput={(v) => onChange({ role: v })} />
        <TextField label="Interview time" value={fields.interviewTime} onInput={(v) => onChange({ interviewTime: v })} />
      </div>
      {intent === 'reschedule' && (
        <div class="tf-field">
          <label for={slotsId}>Times you can offer (one per line)</label>
          <textarea id={slotsId} rows={3} value={fields.proposedSlots}
            placeholder="Thursday 14 May, 10:00–12:00 CET"
            onInput={(e) => onChange({ proposedSlots: e.currentTarget.value })} />
        </div>
      )}
      <TextField label="Your name" value={fields.candidateName} onInput={(v) => onChange({ candidateName: v })} />
    </details>
  );
}
