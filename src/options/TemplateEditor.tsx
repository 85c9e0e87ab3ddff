// The user's own template variants for one intent and tone at a time: a textarea per
// variant, add/remove, the variables beside, a live preview with sample values and the
// tact checker's findings.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Finding, Intent, Tone } from '../shared/types';
import { LIMITS, templateKey, type Settings } from '../shared/settings';
import { TEMPLATE_VARIABLES, renderUserTemplate, unknownVariables, type TemplateVars } from '../templates/user-templates';
import type { CoreClient } from '../ui/core-client';
import { INTENT_OPTIONS, TONE_OPTIONS, intentLabel, toneLabel } from '../ui/options-lists';
import { Findings } from '../ui/composer/Findings';
import { plainError } from '../ui/composer/model';
import { t, tMessage } from '../shared/i18n';

interface Props {
  client: CoreClient;
  settings: Settings;
  onChange: (templates: Record<string, string[]>) => void;
  debounceMs?: number | undefined;
}

function sampleVars(settings: Settings): TemplateVars {
  return {
    contact_name: t('optionsSampleContactName'),
    company: t('optionsSampleCompany'),
    role: t('optionsSampleRole'),
    candidate_name: settings.candidateName || t('optionsSampleCandidateName'),
    interview_time: t('optionsSampleInterviewTime'),
    proposed_slots: [t('optionsSampleSlot1'), t('optionsSampleSlot2')],
    signature: settings.signature,
  };
}

function Variant(props: { n: number; text: string; intent: Intent; settings: Settings; client: CoreClient; debounceMs: number; onText: (t: string) => void; onRemove: () => void }) {
  const { n, text, intent, settings, client, debounceMs } = props;
  const id = useId();
  const previewId = useId();
  const preview = renderUserTemplate(text, sampleVars(settings));
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState('');
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    if (preview.trim() === '') {
      setFindings([]);
      return;
    }
    setChecking(true);
    const timer = setTimeout(() => {
      client.check(preview, { intent, contactName: t('optionsSampleContactName') }).then(
        (f) => { if (mine === seq.current) { setFindings(f); setError(''); } },
        (e: unknown) => { if (mine === seq.current) setError(t('optionsCheckFailed', plainError(e))); },
      ).finally(() => { if (mine === seq.current) setChecking(false); });
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [preview, intent]);
  const unknown = unknownVariables(text);
  return (
    <div class="tf-variant">
      <div class="tf-field">
        <label for={id}>{t('optionsVariant', String(n))}</label>
        <textarea id={id} rows={7} value={text} maxLength={LIMITS.template} aria-describedby={previewId}
          onInput={(e) => props.onText(e.currentTarget.value)} />
      </div>
      {unknown.length > 0 && (
        <p class="tf-quiet">{t('optionsUnknownVariables', unknown.map((u) => `{${u}}`).join(', '))}</p>
      )}
      <p class="tf-label" id={previewId}>{t('optionsPreview')}</p>
      <div class="tf-preview">{preview || ' '}</div>
      <Findings findings={findings} notes={[]} checking={checking} />
      {error && <p class="tf-error">{error}</p>}
      <button type="button" onClick={props.onRemove}>{t('optionsRemoveVariant', String(n))}</button>
    </div>
  );
}

export function TemplateEditor({ client, settings, onChange, debounceMs = 150 }: Props) {
  const [intent, setIntent] = useState<Intent>('decline');
  const [tone, setTone] = useState<Tone>(settings.defaultTone);
  const intentId = useId();
  const toneId = useId();
  const key = templateKey(intent, tone);
  const list = settings.templates[key] ?? [];

  const setList = (next: string[]) => {
    const templates = { ...settings.templates };
    if (next.length === 0) delete templates[key];
    else templates[key] = next;
    onChange(templates);
  };

  const existing = Object.entries(settings.templates).filter(([, l]) => l.length > 0);

  return (
    <div>
      <p>{t('optionsTemplatesIntro')}</p>
      {existing.length > 0 && (
        <p class="tf-quiet">
          {t('optionsTemplatesExisting', existing.map(([k, l]) => {
            const [i, tone] = k.split('/') as [Intent, Tone];
            return t('optionsTemplateSummary', [intentLabel(i), toneLabel(tone), String(l.length)]);
          }).join(', '))}
        </p>
      )}
      <div class="tf-row">
        <div class="tf-field">
          <label for={intentId}>{t('optionsTemplatesFor')}</label>
          <select id={intentId} value={intent} onChange={(e) => setIntent(e.currentTarget.value as Intent)}>
            {INTENT_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div class="tf-field">
          <label for={toneId}>{t('optionsInTone')}</label>
          <select id={toneId} value={tone} onChange={(e) => setTone(e.currentTarget.value as Tone)}>
            {TONE_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      </div>
      <div class="tf-template-grid">
        <div>
          {list.length === 0 && <p class="tf-quiet">{t('optionsNoTemplates', [intentLabel(intent), toneLabel(tone)])}</p>}
          {list.map((text, i) => (
            <Variant
              key={`${key}-${i}`}
              n={i + 1}
              text={text}
              intent={intent}
              settings={settings}
              client={client}
              debounceMs={debounceMs}
              onText={(value) => setList(list.map((x, j) => (j === i ? value : x)))}
              onRemove={() => setList(list.filter((_, j) => j !== i))}
            />
          ))}
          <button type="button" disabled={list.length >= LIMITS.variantsPerKey}
            onClick={() => setList([...list, list.length === 0 ? STARTER : ''])}>
            {t('optionsAddVariant')}
          </button>
        </div>
        <aside aria-label={t('optionsVariables')}>
          <p class="tf-label">{t('optionsVariables')}</p>
          <ul class="tf-vars">
            {TEMPLATE_VARIABLES.map((v) => (
              <li key={v.name}><code>{`{${v.name}}`}</code> — {tMessage(v, v.meaning)}</li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}

const STARTER = 'Dear {contact_name},\n\nThank you for inviting me to interview for the {role} role at {company}.\n\n\n\nBest regards,\n{candidate_name}';
