// The composer's drafting loop as a hook: re-draft (debounced) whenever what the draft is
// built from changes, re-check (debounced) what the user types, drop answers that arrive
// after a newer request. The state's transitions are the pure functions in ./draft-state.ts.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftRequest, DraftVariables, EmailInput, Intent, Reason, Tone } from '../../shared/types';
import type { Settings } from '../../shared/settings';
import { draftRequest, tactContext, type ComposerFields } from '../../shared/first-draft';
import { t, tMessage } from '../../shared/i18n';
import { pickUserTemplate, renderOwn } from '../../templates/user-templates';
import type { CoreClient } from '../core-client';
import { EMPTY_DRAFT, editDraft, offerDraft, takeOffer, type DraftOffer, type DraftState } from './draft-state';
import { plainError } from './model';

export interface DraftInputs {
  client: CoreClient;
  intent: Intent;
  reason: Reason;
  tone: Tone;
  seed: number;
  language: string;
  /** The recruiter's register, when the analysis read one (the reply answers in it). */
  register: DraftRequest['register'];
  fields: ComposerFields;
  vars: Partial<DraftVariables>;
  settings: Settings;
  email: EmailInput | null;
  now: () => Date;
  debounceMs: number;
}

export interface Draft {
  state: DraftState;
  /** The user typed: show it and re-check it. */
  edit(text: string): void;
  /** Take the offered new draft over the user's edits. */
  replace(): void;
  /** Keep the user's edits; drop the offered draft. */
  keep(): void;
}

export function useDraft(i: DraftInputs): Draft {
  const [state, set] = useState<DraftState>(EMPTY_DRAFT);
  const patch = (p: Partial<DraftState>): void => set((s) => ({ ...s, ...p }));
  const draftSeq = useRef(0);
  const checkSeq = useRef(0);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstDraft = useRef(true);

  // Re-draft whenever what the draft is built from changes.
  const draftKey = JSON.stringify([i.intent, i.reason, i.tone, i.seed, i.language, i.register, i.vars, i.settings.templates]);
  useEffect(() => {
    const seq = ++draftSeq.current;
    const delay = firstDraft.current ? 0 : i.debounceMs;
    firstDraft.current = false;
    const timer = setTimeout(() => {
      patch({ drafting: true });
      const ctx = tactContext(i.intent, i.fields, i.email, i.now(), i.language);
      const own = pickUserTemplate(i.settings, i.intent, i.tone, i.seed);
      const work: Promise<DraftOffer> = own !== null
        ? (async () => {
          const body = renderOwn(own, i.vars);
          return { body, findings: await i.client.check(body, ctx), notes: [t('composerOwnTemplate')] };
        })()
        : i.client.draft(draftRequest({ intent: i.intent, reason: i.reason, tone: i.tone, seed: i.seed, register: i.register }, i.language, i.vars), ctx)
          .then((r) => ({ body: r.draft.body, findings: r.findings, notes: r.draft.notices?.map((n) => tMessage(n, n.text)) ?? r.draft.warnings }));
      // The answer and the end of drafting land together, and only for the newest request.
      work.then(
        (offer) => (s: DraftState) => offerDraft(s, offer),
        (e: unknown) => (s: DraftState) => ({ ...s, error: t('composerDraftFailed', plainError(e)) }),
      ).then((apply) => {
        if (seq === draftSeq.current) set((s) => ({ ...apply(s), drafting: false }));
      });
    }, delay);
    return () => clearTimeout(timer);
  }, [draftKey]);

  useEffect(() => () => {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    draftSeq.current++;
    checkSeq.current++;
  }, []);

  function edit(text: string): void {
    set((s) => editDraft(s, text));
    if (checkTimer.current) clearTimeout(checkTimer.current);
    const seq = ++checkSeq.current;
    checkTimer.current = setTimeout(() => {
      i.client.check(text, tactContext(i.intent, i.fields, i.email, i.now(), i.language)).then(
        (findings): Partial<DraftState> => ({ findings, error: '' }),
        (e: unknown): Partial<DraftState> => ({ error: t('composerCheckFailed', plainError(e)) }),
      ).then((p) => {
        if (seq === checkSeq.current) patch({ ...p, checking: false });
      });
    }, i.debounceMs);
  }

  function replace(): void {
    checkSeq.current++;
    set(takeOffer);
  }

  return { state, edit, replace, keep: () => patch({ pending: null }) };
}
