// Insert and Copy: both wait for the newest draft (a click on an intent just before is
// answered first), then send exactly the text the box shows, and say what happened in plain
// words. Insert runs once per activation and asks before a second one (./send-flow.ts);
// when it fails, the draft goes to the clipboard instead.
import { useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { InsertResult } from '../../shared/messages';
import { t } from '../../shared/i18n';
import { pasteShortcut } from '../clipboard';
import type { Draft } from './use-draft';
import { plainError } from './model';
import { SEND_IDLE, cancelAgain, confirmAgain, finishInsert, isBusy, pressInsert, startInserting, type SendFlow } from './send-flow';

export type Status = { text: string; problem: boolean };

export interface SendInputs {
  draft: Draft;
  onInsert?: ((text: string) => Promise<InsertResult>) | undefined;
  onCopy?: ((text: string) => void) | undefined;
  copy: (text: string, near?: Node | null) => Promise<boolean>;
  /** False for call notes: they are for the user, never for the reply. */
  canInsert: boolean;
  root: RefObject<HTMLElement | null>;
  box: RefObject<HTMLTextAreaElement | null>;
}

export interface Send {
  flow: SendFlow;
  status: Status;
  /** Taking the draft: it must not change until it is in. */
  busy: boolean;
  insert(): void;
  again(): void;
  cancel(): void;
  copy(): void;
}

export function useSend(o: SendInputs): Send {
  const [flow, setFlowState] = useState<SendFlow>(SEND_IDLE);
  const flowRef = useRef(flow);
  const setFlow = (f: SendFlow) => {
    flowRef.current = f;
    setFlowState(f);
  };
  const [status, setStatus] = useState<Status>({ text: '', problem: false });
  const copying = useRef(false);

  /** The text to send once the box answers every choice made so far; null (and said why) when there is none. */
  async function take(): Promise<string | null> {
    if (!o.draft.current) setStatus({ text: t('composerUpdating'), problem: false });
    const s = await o.draft.settled();
    if (!s) {
      setStatus({ text: t('composerStillWriting'), problem: true });
      return null;
    }
    if (s.failed) {
      setStatus({ text: t('composerStaleDraft'), problem: true });
      return null;
    }
    return s.text.trim() === '' ? null : s.text;
  }

  async function toClipboard(text: string): Promise<boolean> {
    try {
      return await o.copy(text, o.root.current);
    } catch {
      return false;
    }
  }

  async function run(): Promise<void> {
    const text = await take();
    if (text === null || !o.onInsert) {
      setFlow(finishInsert(flowRef.current, false));
      return;
    }
    setFlow(startInserting(flowRef.current));
    setStatus({ text: t('composerInserting'), problem: false });
    let result: InsertResult;
    try {
      result = await o.onInsert(text);
    } catch (e) {
      result = { ok: false, problem: plainError(e) };
    }
    setFlow(finishInsert(flowRef.current, result.ok));
    if (result.ok) {
      setStatus({ text: t('composerInserted'), problem: false });
      // The webmail focuses its editor as the text goes in: keep the keyboard in the panel, so
      // Escape still closes it (issue 16) and the status is read out where the user is.
      o.root.current?.querySelector<HTMLElement>('.tf-primary-actions button.tf-primary')?.focus({ preventScroll: true });
      return;
    }
    const problem = (result.problem || t('composerInsertFailed')).trim().replace(/[.!]+$/, '');
    if (await toClipboard(text)) {
      setStatus({ text: t('composerInsertFailedCopied', [problem, pasteShortcut()]), problem: true });
      o.onCopy?.(text);
    } else {
      o.box.current?.select();
      setStatus({ text: t('composerInsertFailedNotCopied', problem), problem: true });
    }
  }

  function start(step: { flow: SendFlow; go: boolean }): void {
    setFlow(step.flow);
    if (step.go) void run();
  }

  async function copy(): Promise<void> {
    if (copying.current || isBusy(flowRef.current)) return;
    copying.current = true;
    try {
      const text = await take();
      if (text === null) return;
      if (await toClipboard(text)) {
        setStatus({ text: t('composerCopied'), problem: false });
        o.onCopy?.(text);
      } else {
        o.box.current?.select();
        setStatus({ text: t('composerCopyFailed'), problem: true });
      }
    } finally {
      copying.current = false;
    }
  }

  return {
    flow,
    status,
    busy: isBusy(flow),
    insert: () => {
      if (o.canInsert && o.onInsert) start(pressInsert(flowRef.current));
    },
    again: () => start(confirmAgain(flowRef.current)),
    cancel: () => setFlow(cancelAgain(flowRef.current)),
    copy: () => void copy(),
  };
}
