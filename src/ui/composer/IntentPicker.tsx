// The reply type: Decline / Reschedule / Withdraw as the primary choice, the rest beside.
// Toggle buttons (aria-pressed): Tab reaches each, Enter and Space pick.
import type { Intent } from '../../shared/types';
import { PRIMARY_INTENTS, SECONDARY_INTENTS, type Option } from '../options-lists';
import { t } from '../../shared/i18n';

interface Props {
  value: Intent;
  onChange: (intent: Intent) => void;
}

function Group({ label, options, value, onChange, secondary }: Props & { label: string; options: readonly Option<Intent>[]; secondary?: boolean }) {
  return (
    <div role="group" aria-label={label} class={secondary ? 'tf-segmented tf-secondary' : 'tf-segmented'}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={o.value === value}
          data-intent={o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

export function IntentPicker(props: Props) {
  return (
    <div class="tf-intents">
      <Group {...props} label={t('composerIntentGroup')} options={PRIMARY_INTENTS} />
      <Group {...props} label={t('composerOtherIntentsGroup')} options={SECONDARY_INTENTS} secondary />
    </div>
  );
}
