// Accept with several offered times: the user picks the one they accept (a radio group: arrows
// choose), listed on their own clock beside the invitation's zone; the draft then confirms that
// date and time. A booking link instead: the user says whether they have booked through it.
import { useId } from 'preact/hooks';
import type { OfferedSlot } from '../../shared/first-draft';
import { t } from '../../shared/i18n';

interface Props {
  slots: readonly OfferedSlot[];
  /** The interview time field: the chosen slot's value, or anything else (none chosen). */
  chosen: string;
  onChoose: (value: string) => void;
}

export function SlotChoice({ slots, chosen, onChoose }: Props) {
  const name = useId();
  return (
    <fieldset class="tf-slots" role="radiogroup" aria-labelledby={`${name}-legend`}>
      <legend id={`${name}-legend`}>{t('composerSlotChoice')}</legend>
      {slots.map((s, i) => {
        const id = `${name}-${i}`;
        return (
          <div class="tf-check" key={s.value}>
            <input type="radio" id={id} name={name} value={s.value} checked={chosen === s.value}
              onChange={() => onChoose(s.value)} />
            <label for={id}>{s.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function BookedCheck({ booked, onChange }: { booked: boolean; onChange: (booked: boolean) => void }) {
  const id = useId();
  return (
    <div class="tf-check">
      <input id={id} type="checkbox" checked={booked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{t('composerBooked')}</label>
    </div>
  );
}
