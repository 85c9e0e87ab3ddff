// The reply composer, shared by the in-page panel and the popup. Everything that needs the
// browser comes in as props (client, insert, copy), so it renders the same in tests.
//
// Never lose the user's words: once the draft text differs from what we generated, a new
// draft is only offered ("Replace your edits with a new draft?"), never swapped in.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, EmailInput, Finding, Intent, Reason, Tone } from '../../shared/types';
import type { Settings } from '../../shared/settings';
import type { CoreClient } from '../core-client';
import { copyText, pasteShortcut } from '../clipboard';
import { t, tAround, tMessage } from '../../shared/i18n';
import { TONE_OPTIONS, reasonOptions } from '../options-lists';
import { FieldsEditor } from './FieldsEditor';
import { Findings } from './Findings';
import { IntentPicker } from './IntentPicker';
import type { InsertResult } from '../../shared/messages';
import {
  defaultReasonFor, defaultToneFor, draftRequest, draftVariables, extractedFields, initialFields, isLate, replyLanguage, replyRegister, tactContext,
  type ComposerFields,
} from '../../shared/first-draft';
import { pickUserTemplate, renderOwn } from '../../templates/user-templates';
import { plainError, verdictText } from './model';

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
  /** Debounce for re-drafting and re-checking, ms. */
  debounceMs?: number | undefined;
  /** A line to show above everything (e.g. why a quick draft opened the panel instead). */
  notice?: string | undefined;
  /** Clock for the late-reply rule (tests). */
  now?: (() => Date) | undefined;
}

interface Pending {
  body: string;
  findings: Finding[];
  notes: string[];
}

type Status = { text: string; problem: boolean };

export function Composer(props: ComposerProps) {
  const { client, email, analysis, settings, onInsert, mode } = props;
  const debounceMs = props.debounceMs ?? 150;
  const now = props.now ?? (() => new Date());
  const copy = props.copy ?? copyText;

  const [intent, setIntent] = useState<Intent>(props.initialIntent ?? 'decline');
  const [reason, setReason] = useState<Reason>(() => defaultReasonFor(props.initialIntent ?? 'decline', settings.defaultReason));
  // The tone follows the recruiter's register until the user picks one (defaultToneFor).
  const [tone, setTone] = useState<Tone>(() => defaultToneFor(settings, analysis));
  const toneChosen = useRef(false);
  const [seed, setSeed] = useState(0);
  const [fields, setFields] = useState<ComposerFields>(() => initialFields(analysis, email, settings, now()));

  const [text, setText] = useState('');
  const textRef = useRef('');
  const generated = useRef('');
  const [findings, setFindings] = useState<Finding[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [drafting, setDrafting] = useState(false);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState<Status>({ text: '', problem: false });

  const rootRef = useRef<HTMLDivElement>(null);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const draftSeq = useRef(0);
  const checkSeq = useRef(0);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstDraft = useRef(true);

  const ids = { draft: useId(), reason: useId(), tone: useId(), findings: useId(), remote: useId(), late: useId() };
  const language = replyLanguage(settings, analysis);

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

  function showText(body: string) {
    textRef.current = body;
    setText(body);
  }

  function offer(next: Pending) {
    const current = textRef.current;
    if (current === generated.current || current.trim() === '') {
      generated.current = next.body;
      showText(next.body);
      setFindings(next.findings);
      setNotes(next.notes);
      setPending(null);
    } else if (next.body !== current) {
      setPending(next);
    }
  }

  // Re-draft whenever what the draft is built from changes.
  const register = replyRegister(analysis);
  const draftKey = JSON.stringify([intent, reason, tone, seed, language, register, vars, settings.templates]);
  useEffect(() => {
    const seq = ++draftSeq.current;
    const delay = firstDraft.current ? 0 : debounceMs;
    firstDraft.current = false;
    const timer = setTimeout(() => {
      setDrafting(true);
      const ctx = tactContext(intent, fields, email, now(), language);
      const own = pickUserTemplate(settings, intent, tone, seed);
      const work: Promise<Pending> = own !== null
        ? (async () => {
          const body = renderOwn(own, vars);
          return { body, findings: await client.check(body, ctx), notes: [t('composerOwnTemplate')] };
        })()
        : client.draft(draftRequest({ intent, reason, tone, seed, register }, language, vars), ctx)
          .then((r) => ({ body: r.draft.body, findings: r.findings, notes: r.draft.notices?.map((n) => tMessage(n, n.text)) ?? r.draft.warnings }));
      work.then(
        (next) => {
          if (seq !== draftSeq.current) return;
          setError('');
          offer(next);
        },
        (e: unknown) => {
          if (seq !== draftSeq.current) return;
          setError(t('composerDraftFailed', plainError(e)));
        },
      ).finally(() => {
        if (seq === draftSeq.current) setDrafting(false);
      });
    }, delay);
    return () => clearTimeout(timer);
  }, [draftKey]);

  useEffect(() => () => {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    draftSeq.current++;
    checkSeq.current++;
  }, []);

  function onDraftInput(value: string) {
    showText(value);
    setNotes([]);
    if (checkTimer.current) clearTimeout(checkTimer.current);
    const seq = ++checkSeq.current;
    setChecking(true);
    checkTimer.current = setTimeout(() => {
      client.check(value, tactContext(intent, fields, email, now(), language)).then(
        (found) => {
          if (seq !== checkSeq.current) return;
          setFindings(found);
          setError('');
        },
        (e: unknown) => {
          if (seq === checkSeq.current) setError(t('composerCheckFailed', plainError(e)));
        },
      ).finally(() => {
        if (seq === checkSeq.current) setChecking(false);
      });
    }, debounceMs);
  }

  function replaceWithPending() {
    if (!pending) return;
    checkSeq.current++;
    setChecking(false);
    generated.current = pending.body;
    showText(pending.body);
    setFindings(pending.findings);
    setNotes(pending.notes);
    setPending(null);
    draftRef.current?.focus();
  }

  function keepEdits() {
    setPending(null);
    draftRef.current?.focus();
  }

  function chooseIntent(next: Intent) {
    if (next === intent) return;
    setIntent(next);
    setReason((r) => (reasonOptions(next).some((o) => o.value === r) ? r : defaultReasonFor(next, settings.defaultReason)));
  }

  async function doCopy(body: string): Promise<boolean> {
    try {
      return await copy(body, rootRef.current);
    } catch {
      return false;
    }
  }

  async function onCopyClick() {
    const body = textRef.current;
    if (await doCopy(body)) {
      setStatus({ text: t('composerCopied'), problem: false });
      props.onCopy?.(body);
    } else {
      draftRef.current?.select();
      setStatus({ text: t('composerCopyFailed'), problem: true });
    }
  }

  async function onInsertClick() {
    if (!onInsert) return;
    const body = textRef.current;
    setStatus({ text: t('composerInserting'), problem: false });
    let result: InsertResult;
    try {
      result = await onInsert(body);
    } catch (e) {
      result = { ok: false, problem: plainError(e) };
    }
    if (result.ok) {
      setStatus({ text: t('composerInserted'), problem: false });
      return;
    }
    const problem = (result.problem || t('composerInsertFailed')).trim().replace(/[.!]+$/, '');
    if (await doCopy(body)) {
      setStatus({ text: t('composerInsertFailedCopied', [problem, pasteShortcut()]), problem: true });
      props.onCopy?.(body);
    } else {
      draftRef.current?.select();
      setStatus({ text: t('composerInsertFailedNotCopied', problem), problem: true });
    }
  }

  const reasons = reasonOptions(intent);
  const hasText = text.trim() !== '';
  const sender = email?.fromName || email?.fromEmail || t('composerTheSender');
  const subjectLine = tAround('composerReplyingToSubject', [sender, email?.subject ?? ''], 1);
  const verdictClass = analysis ? (analysis.invitation ? 'tf-verdict tf-yes' : 'tf-verdict tf-no') : 'tf-verdict';

  return (
    <div class={`tf-composer tf-mode-${mode}`} ref={rootRef}>
      {props.notice && <p class="tf-notice" role="note">{props.notice}</p>}
      {email && (email.subject || email.fromName || email.fromEmail) && (
        <p class="tf-context">
          {email.subject
            ? <>{subjectLine[0]}<span class="tf-subject">{email.subject}</span>{subjectLine[1]}</>
            : t('composerReplyingTo', sender)}
        </p>
      )}
      <p class={verdictClass}>{verdictText(analysis, email)}</p>

      <IntentPicker value={intent} onChange={chooseIntent} />

      <div class="tf-row">
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
      {reason === 'logistics' && (intent === 'decline' || intent === 'withdraw' || intent === 'call_points') && (
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
      <FieldsEditor fields={fields} intent={intent} onChange={(patch) => setFields((f) => ({ ...f, ...patch }))}
        recipientZone={analysis?.fields.timezone ?? ''} language={language} />

      <div class="tf-draft-head">
        <label class="tf-label" for={ids.draft}>{t('composerDraft')}</label>
        <button type="button" class="tf-link" onClick={() => setSeed((s) => s + 1)}>{t('composerAnotherWording')}</button>
      </div>
      {pending && (
        <div class="tf-confirm" role="group" aria-label={t('composerNewDraftReady')}>
          <p>{t('composerReplaceQuestion')}</p>
          <button type="button" onClick={replaceWithPending}>{t('composerReplace')}</button>
          <button type="button" onClick={keepEdits}>{t('composerKeepEdits')}</button>
        </div>
      )}
      <textarea
        id={ids.draft}
        ref={draftRef}
        class="tf-draft"
        rows={mode === 'popup' ? 9 : 11}
        value={text}
        aria-describedby={ids.findings}
        aria-busy={drafting && !hasText}
        placeholder={drafting ? t('composerWriting') : ''}
        onInput={(e) => onDraftInput(e.currentTarget.value)}
      />
      <Findings id={ids.findings} findings={findings} notes={notes} checking={checking || (drafting && !hasText)} />
      {error && <p class="tf-error" role="alert">{error}</p>}

      <div class="tf-actions">
        {onInsert && (
          <button type="button" class="tf-primary" disabled={!hasText} onClick={onInsertClick}>{t('composerInsert')}</button>
        )}
        <button type="button" class={onInsert ? '' : 'tf-primary'} disabled={!hasText} onClick={onCopyClick}>{t('composerCopy')}</button>
      </div>
      <p class={status.problem ? 'tf-status tf-problem' : 'tf-status'} role="status" aria-live="polite">{status.text}</p>
    </div>
  );
}
