// The composer's drafting loop as a hook: re-draft whenever what the draft is built from
// changes (at once after a click, debounced while typing), re-check (debounced) what the user
// types, drop answers that arrive after a newer request, and let Insert and Copy wait for the
// newest answer (`settled`). The state's transitions are the pure functions in ./draft-state.ts.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftRequest, DraftVariables, EmailInput, Intent, Reason, TactContext, Tone } from '../../shared/types';
import type { Settings } from '../../shared/settings';
import { draftRequest, tactContext, type ComposerFields } from '../../shared/first-draft';
import { t, tMessage } from '../../shared/i18n';
import { pickUserTemplate, renderOwn } from '../../templates/user-templates';
import type { CoreClient } from '../core-client';
import {
  EMPTY_DRAFT, draftFailed, editDraft, isCurrent, offerDraft, redraftDelay, takeOffer, typedParts,
  type DraftOffer, type DraftState, type RedraftInputs,
} from './draft-state';
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
  /** What the user typed outside the draft box (name, signature, edited fields): the checker's `typed`. */
  typed: readonly string[];
  now: () => Date;
  debounceMs: number;
}

export interface Draft {
  state: DraftState;
  /** The box shows the answer to everything chosen so far. */
  current: boolean;
  /** The user typed: show it and re-check it. */
  edit(text: string): void;
  /** Take the offered new draft over the user's edits. */
  replace(): void;
  /** Keep the user's edits; drop the offered draft. */
  keep(): void;
  /**
   * The state once the box answers the newest request (a debounced re-draft is sent now), as
   * it is rendered (`failed` when that request failed); null when no answer comes within
   * `timeoutMs` or the composer goes away.
   */
  settled(timeoutMs?: number): Promise<DraftState | null>;
}

export function useDraft(i: DraftInputs): Draft {
  const [state, set] = useState<DraftState>(EMPTY_DRAFT);
  const patch = (p: Partial<DraftState>): void => set((s) => ({ ...s, ...p }));
  const draftSeq = useRef(0);
  const checkSeq = useRef(0);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const prevInputs = useRef<RedraftInputs | null>(null);
  const sendNow = useRef<(() => void) | null>(null);
  const waiters = useRef<((s: DraftState | null) => void)[]>([]);

  const choice = JSON.stringify([i.intent, i.reason, i.tone, i.seed, i.language, i.register, i.settings.templates]);
  const key = JSON.stringify([choice, i.vars]);
  const latest = useRef({ state, key });
  latest.current = { state, key };
  const current = isCurrent(state, key);

  const context = (extra: readonly string[] = []): TactContext => ({
    ...tactContext(i.intent, i.fields, i.email, i.now(), i.language),
    typed: [...i.typed, ...extra],
  });

  // Re-draft whenever what the draft is built from changes.
  useEffect(() => {
    const seq = ++draftSeq.current;
    const delay = redraftDelay(prevInputs.current, { choice, vars: i.vars }, i.debounceMs);
    prevInputs.current = { choice, vars: i.vars };
    const run = () => {
      sendNow.current = null;
      patch({ drafting: true });
      const ctx = context();
      const own = pickUserTemplate(i.settings, i.intent, i.tone, i.seed);
      const work: Promise<DraftOffer> = own !== null
        ? (async () => {
          const body = renderOwn(own, i.vars);
          // The template's own words are the user's; what its variables bring in is not.
          return { body, findings: await i.client.check(body, { ...ctx, typed: [...(ctx.typed ?? []), own] }), notes: [t('composerOwnTemplate')] };
        })()
        : i.client.draft(draftRequest({ intent: i.intent, reason: i.reason, tone: i.tone, seed: i.seed, register: i.register }, i.language, i.vars), ctx)
          .then((r) => ({ body: r.draft.body, findings: r.findings, notes: r.draft.notices?.map((n) => tMessage(n, n.text)) ?? r.draft.warnings }));
      // The answer and the end of drafting land together, and only for the newest request.
      work.then(
        (offer) => (s: DraftState) => offerDraft(s, offer, key),
        (e: unknown) => (s: DraftState) => draftFailed(s, t('composerDraftFailed', plainError(e)), key),
      ).then((apply) => {
        if (seq === draftSeq.current) set((s) => ({ ...apply(s), drafting: false }));
      });
    };
    if (delay === 0) {
      run();
      return undefined;
    }
    const timer = setTimeout(run, delay);
    sendNow.current = () => {
      clearTimeout(timer);
      run();
    };
    return () => {
      clearTimeout(timer);
      sendNow.current = null;
    };
  }, [key]);

  // After each render: hand the rendered state to whoever waits for the newest answer.
  useEffect(() => {
    if (state.answered !== key || waiters.current.length === 0) return;
    const ready = waiters.current;
    waiters.current = [];
    for (const w of ready) w(state);
  });

  useEffect(() => () => {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    draftSeq.current++;
    checkSeq.current++;
    for (const w of waiters.current.splice(0)) w(null);
  }, []);

  function edit(text: string): void {
    const next = editDraft(latest.current.state, text);
    set((s) => editDraft(s, text));
    if (checkTimer.current) clearTimeout(checkTimer.current);
    const seq = ++checkSeq.current;
    checkTimer.current = setTimeout(() => {
      i.client.check(text, context(typedParts(next))).then(
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

  function settled(timeoutMs = 10_000): Promise<DraftState | null> {
    sendNow.current?.();
    const now = latest.current;
    if (now.state.answered === now.key) return Promise.resolve(now.state);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiters.current = waiters.current.filter((w) => w !== done);
        resolve(null);
      }, timeoutMs);
      const done = (s: DraftState | null) => {
        clearTimeout(timer);
        resolve(s);
      };
      waiters.current.push(done);
    });
  }

  return { state, current, edit, replace, keep: () => patch({ pending: null }), settled };
}
