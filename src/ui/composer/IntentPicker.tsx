// The reply type: Decline / Reschedule / Withdraw as the primary choice, the rest beside.
// Toggle buttons (aria-pressed; their names are a contract), behaving as one radio group for the
// keyboard (issue 16): the chosen one is the only Tab stop, arrow keys move to the next or
// previous reply type and choose it, Home/End the first and last. So Tab goes from the choice
// straight on to the draft and Insert.
import type { Intent } from '../../shared/types';
import { PRIMARY_INTENTS, SECONDARY_INTENTS, type Option } from '../options-lists';
import { t } from '../../shared/i18n';

interface Props {
  value: Intent;
  onChange: (intent: Intent) => void;
  /** Put focus on the chosen reply type when it mounts (the panel opening). */
  autoFocus?: boolean | undefined;
}

const ALL: readonly Option<Intent>[] = [...PRIMARY_INTENTS, ...SECONDARY_INTENTS];

/** The reply type an arrow key leads to from `current` (wrapping), or null for other keys. */
export function intentForKey(current: Intent, key: string): Intent | null {
  const i = ALL.findIndex((o) => o.value === current);
  const n = ALL.length;
  const next = key === 'ArrowRight' || key === 'ArrowDown' ? (i + 1) % n
    : key === 'ArrowLeft' || key === 'ArrowUp' ? (i - 1 + n) % n
      : key === 'Home' ? 0 : key === 'End' ? n - 1 : -1;
  return next < 0 ? null : (ALL[next]?.value ?? null);
}

function Group({ label, options, value, onChange, secondary, autoFocus }: Props & { label: string; options: readonly Option<Intent>[]; secondary?: boolean }) {
  return (
    <div role="group" aria-label={label} class={secondary ? 'tf-segmented tf-secondary' : 'tf-segmented'}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={o.value === value}
          tabIndex={o.value === value ? 0 : -1}
          data-intent={o.value}
          data-autofocus={autoFocus && o.value === value ? '' : undefined}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

export function IntentPicker(props: Props) {
  function onKeyDown(e: KeyboardEvent) {
    const next = intentForKey(props.value, e.key);
    if (!next) return;
    e.preventDefault();
    props.onChange(next);
    const root = e.currentTarget as HTMLElement;
    // After the re-render the chosen button is the Tab stop: move focus there.
    queueMicrotask(() => (root.querySelector(`[data-intent="${next}"]`) as HTMLElement | null)?.focus());
  }
  return (
    <div class="tf-intents" onKeyDown={onKeyDown}>
      <Group {...props} label={t('composerIntentGroup')} options={PRIMARY_INTENTS} />
      <Group {...props} label={t('composerOtherIntentsGroup')} options={SECONDARY_INTENTS} secondary />
    </div>
  );
}
