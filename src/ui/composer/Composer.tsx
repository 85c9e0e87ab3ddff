// The reply composer, shared by the in-page panel and the popup (content script and
// extension pages). Everything that needs the browser comes in as props (client, insert,
// copy), so it renders the same in tests. The drafting loop is ./use-draft.ts over the pure
// state in ./draft-state.ts: once the draft text differs from what we generated, a new draft
// is only offered ("Replace your edits with a new draft?"), never swapped in.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, EmailInput, Intent, Reason, Tone } from '../../shared/types';
import type { Settings } from '../../shared/settings';
import type { CoreClient } from '../core-client';
import { copyText } from '../clipboard';
import { t, tAround } from '../../shared/i18n';
import { TONE_OPTIONS, reasonOptions } from '../options-lists';
import { FieldsEditor } from './FieldsEditor';
import { Findings } from './Findings';
import { IntentPicker } from './IntentPicker';
import type { InsertResult } from '../../shared/messages';
import {
  defaultToneFor, draftVariables, extractedFields, initialFields, isLate, offeredSlots, replyLanguage, replyRegister,
  type ComposerFields,
} from '../../shared/first-draft';
import { loadReasonMemory, reasonFor, remember, saveReasonMemory } from './reason-memory';
import { BookedCheck, SlotChoice } from './SlotChoice';
import { NamePrompt, type SaveName } from './NamePrompt';
import { useNameSave } from './use-name-save';
import { verdictText } from './model';
import { useDraft } from './use-draft';
import { useSend } from './use-send';
import { typedOutsideDraft } from './typed';
import { Actions } from './Actions';

export interface ComposerProps {
  client: CoreClient;
  email: EmailInput | null;
  analysis: Analysis | null;
  settings: Settings;
  /** Put the text into the webmail's reply. Omit where there is no reply to insert into. */
  onInsert?: ((text: string) => Promise<InsertResult>) | undefined;
  /** Told after the draft was copied (e.g. to close the popup or log nothing). */
  onCopy?: ((text: string) => void) | undefined;
  /** Shown by the Panel wrapper; the composer itself only passes it on. */
  onClose?: (() => void) | undefined;
  mode: 'panel' | 'popup';
  /** The reply type to start with (context menu / command: decline, reschedule, withdraw). */
  initialIntent?: Intent | undefined;
  /** Clipboard writer; defaults to navigator.clipboard with the execCommand fallback. */
  copy?: ((text: string, near?: Node | null) => Promise<boolean>) | undefined;
  /** Debounce for re-drafting while the user types in a field, and for re-checking, ms. */
  debounceMs?: number | undefined;
  /** A line to show above everything (e.g. why a quick draft opened the panel instead). */
  notice?: string | undefined;
  /** Clock for the late-reply rule (tests). */
  now?: (() => Date) | undefined;
  /** The user's own text from before (the panel kept it): shown as their edits; a new draft is only offered. */
  initialText?: string | undefined;
  /** Told whenever the draft box's text changes (`edited`: it is not the draft Tactful wrote). */
  onDraftChange?: ((d: { text: string; edited: boolean; intent: Intent }) => void) | undefined;
  /** Store the user's name in the settings (first use, and a change in the name field); absent: the name fills this draft only. */
  saveName?: SaveName | undefined;
  /** Open the options page (name, signature, defaults); absent where the host cannot. */
  onOpenOptions?: (() => void) | undefined;
  /** The candidate's own IANA time zone (tests); the browser's otherwise. */
  ownZone?: string | undefined;
}

export function Composer(props: ComposerProps) {
  const { client, email, analysis, settings, onInsert, mode } = props;
  const debounceMs = props.debounceMs ?? 150;
  const now = props.now ?? (() => new Date());
  const copy = props.copy ?? copyText;

  const [intent, setIntent] = useState<Intent>(props.initialIntent ?? 'decline');
  // The reason chosen per reply type, for the session (./reason-memory.ts): "no reason" until the user picks one.
  const [chosenReasons, setReasons] = useState(loadReasonMemory);
  const reason: Reason = reasonFor(chosenReasons, intent, settings.defaultReason);
  function setReason(r: Reason) {
    const next = remember(chosenReasons, intent, r);
    saveReasonMemory(next);
    setReasons(next);
  }
  // The tone follows the recruiter's register until the user picks one (defaultToneFor).
  const [tone, setTone] = useState<Tone>(() => defaultToneFor(settings, analysis));
  const toneChosen = useRef(false);
  const [seed, setSeed] = useState(0);
  const [fields, setFields] = useState<ComposerFields>(() => initialFields(analysis, email, settings, now()));

  const rootRef = useRef<HTMLDivElement>(null);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const ids = { draft: useId(), reason: useId(), tone: useId(), findings: useId(), remote: useId(), late: useId() };
  const reasons = reasonOptions(intent);
  const language = replyLanguage(settings, analysis);
  const ownZone = props.ownZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const slots = useMemo(() => offeredSlots(analysis, language, ownZone), [analysis, language, ownZone]);
  const names = useNameSave(props.saveName, settings.candidateName);

  // A new analysis (another message, or pasted text) refreshes what was read from the email;
  // what the user typed about themselves stays.
  const lastAnalysis = useRef(analysis);
  useEffect(() => {
    if (lastAnalysis.current === analysis) return;
    lastAnalysis.current = analysis;
    setFields((f) => ({ ...f, ...extractedFields(analysis, language), lateReply: isLate(email?.receivedAt, now()) }));
    if (!toneChosen.current) setTone(defaultToneFor(settings, analysis));
  }, [analysis]);

  const vars = useMemo(() => draftVariables(fields, settings, analysis, email), [fields, settings, analysis, email]);
  const typed = useMemo(() => typedOutsideDraft(fields, settings, analysis, language), [fields, settings, analysis, language]);

  const register = replyRegister(analysis);
  const draft = useDraft({ client, intent, reason, tone, seed, language, register, fields, vars, settings, email, typed, now, debounceMs });
  const { text, findings, notes, pending, drafting, checking, error } = draft.state;
  // Call notes are talking points for the user's own call: never for the reply.
  const canInsert = intent !== 'call_points';
  const send = useSend({ draft, onInsert, onCopy: props.onCopy, copy, canInsert, root: rootRef, box: draftRef });
  useEffect(() => {
    if (props.initialText) draft.edit(props.initialText);
  }, []);
  useEffect(() => {
    props.onDraftChange?.({ text, edited: text !== draft.state.generated, intent });
  }, [text, draft.state.generated, intent]);

  function replaceWithPending() {
    if (!pending) return;
    draft.replace();
    draftRef.current?.focus();
  }

  function keepEdits() {
    draft.keep();
    draftRef.current?.focus();
  }

  function chooseIntent(next: Intent) {
    if (next === intent || send.busy) return;
    setIntent(next);
  }

  function patchFields(patch: Partial<ComposerFields>) {
    setFields((f) => ({ ...f, ...patch }));
    if (patch.candidateName !== undefined) names.changed(patch.candidateName);
  }

  const hasText = text.trim() !== '';
  const sender = email?.fromName || email?.fromEmail || t('composerTheSender');
  const subjectLine = tAround('composerReplyingToSubject', [sender, email?.subject ?? ''], 1);
  const verdictClass = analysis ? (analysis.invitation ? 'tf-verdict tf-yes' : 'tf-verdict tf-no') : 'tf-verdict';
  // Not (or not surely) an invitation: the panel says so before anything else.
  const doubt = !!analysis && !analysis.invitation;
  const verdict = <p class={doubt ? `${verdictClass} tf-doubt` : verdictClass} role={doubt ? 'note' : undefined}>{verdictText(analysis, email)}</p>;

  const bookingLink = (analysis?.fields.schedulingLink ?? '') !== '' && fields.interviewTime.trim() === '';
  const remoteInterview = fields.format === 'video' || fields.format === 'phone';
  const another = (
    <button type="button" class="tf-link" disabled={send.busy} onClick={() => setSeed((n) => n + 1)}>{t('composerAnotherWording')}</button>
  );

  // Draft first (issue 16): the verdict, the reply type, the draft and Insert/Copy come first, in
  // that order for the keyboard too (the reply type → Tab → the draft → Tab → Insert); whatever
  // varies by reply type sits below them, so Insert never moves when the reply type changes.
  return (
    <div class={`tf-composer tf-mode-${mode}`} ref={rootRef}>
      {doubt && verdict}
      {props.notice && <p class="tf-notice" role="note">{props.notice}</p>}
      {names.ask && <NamePrompt onSave={names.saveFirst} onName={(name) => setFields((f) => ({ ...f, candidateName: name }))} />}
      {email && (email.subject || email.fromName || email.fromEmail) && (
        <p class="tf-context" title={email.subject ? `${subjectLine[0]}${email.subject}${subjectLine[1]}` : undefined}>
          {email.subject
            ? <>{subjectLine[0]}<span class="tf-subject">{email.subject}</span>{subjectLine[1]}</>
            : t('composerReplyingTo', sender)}
        </p>
      )}
      {!doubt && verdict}

      {/* While Insert or Copy takes the draft, nothing may change it under the user's eyes. */}
      <fieldset class="tf-lock" disabled={send.busy}>
        <IntentPicker value={intent} onChange={chooseIntent} autoFocus={mode === 'panel'} />
        <label class="tf-label" for={ids.draft}>{t('composerDraft')}</label>
        <textarea
          id={ids.draft}
          ref={draftRef}
          class="tf-draft"
          rows={mode === 'popup' ? 9 : 10}
          value={text}
          aria-describedby={ids.findings}
          aria-busy={drafting && !hasText}
          placeholder={drafting ? t('composerWriting') : ''}
          onInput={(e) => draft.edit(e.currentTarget.value)}
        />
      </fieldset>

      <Actions send={send} hasInsert={!!onInsert} canInsert={canInsert} hasText={hasText} extra={another} />
      {pending && (
        <div class="tf-confirm" role="group" aria-label={t('composerNewDraftReady')}>
          <p>{t('composerReplaceQuestion')}</p>
          <button type="button" onClick={replaceWithPending}>{t('composerReplace')}</button>
          <button type="button" onClick={keepEdits}>{t('composerKeepEdits')}</button>
        </div>
      )}
      <Findings id={ids.findings} findings={findings} notes={notes} checking={checking || (drafting && !hasText)} />
      {error && <p class="tf-error" role="alert">{error}</p>}

      <fieldset class="tf-lock" disabled={send.busy}>
        <div class="tf-choices">
          {reasons.length > 1 && (
            <div class="tf-field">
              <label for={ids.reason}>{t('composerReason')}</label>
              <select id={ids.reason} value={reason} onChange={(e) => setReason(e.currentTarget.value as Reason)}>
                {reasons.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </div>
          )}
          <div class="tf-field">
            <label for={ids.tone}>{t('composerTone')}</label>
            <select id={ids.tone} value={tone} onChange={(e) => {
              toneChosen.current = true;
              setTone(e.currentTarget.value as Tone);
            }}>
              {TONE_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
        </div>
        {intent === 'accept' && slots.length > 1 && (
          <SlotChoice slots={slots} chosen={fields.interviewTime} onChoose={(v) => setFields((f) => ({ ...f, interviewTime: v }))} />
        )}
        {intent === 'accept' && bookingLink && (
          <BookedCheck booked={fields.booked} onChange={(booked) => setFields((f) => ({ ...f, booked }))} />
        )}
        {reason === 'logistics' && !remoteInterview && (intent === 'decline' || intent === 'withdraw' || intent === 'call_points') && (
          <div class="tf-check">
            <input id={ids.remote} type="checkbox" checked={fields.askRemote}
              onChange={(e) => setFields((f) => ({ ...f, askRemote: e.currentTarget.checked }))} />
            <label for={ids.remote}>{t('composerAskRemote')}</label>
          </div>
        )}
        <div class="tf-check">
          <input id={ids.late} type="checkbox" checked={fields.lateReply}
            onChange={(e) => setFields((f) => ({ ...f, lateReply: e.currentTarget.checked }))} />
          <label for={ids.late}>{t('composerLateReply')}</label>
        </div>
        <FieldsEditor fields={fields} intent={intent} onChange={patchFields}
          recipientZone={analysis?.fields.timezone ?? ''} language={language} candidateZone={ownZone}
          nameStatus={names.status} onOpenOptions={props.onOpenOptions} />
      </fieldset>
    </div>
  );
}
