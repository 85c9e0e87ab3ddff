// A worker that was stopped pays, on its first analysis, for compiling the analysis's
// patterns (the date parser's and the lexicons' regular expressions): about half of a cold
// start's CPU (docs/performance.md, "The cold path"). The content script wakes the worker as
// soon as it schedules a scan (the WAKE_PORT port, or the `core/wake` message), 120 ms
// before it asks for the analysis; the worker spends that wait analysing a short built-in
// invitation once, so the real request finds the English date parser (every language's fallback) and the detection patterns
// compiled; then, a second later (after the scan's own analysis, before a click is likely),
// one English draft and its check. Each step on its own task.
// Pure work on constants: nothing stored, nothing sent.
import { analyzeEmail } from '../analysis/index';
import { checkTact, renderDraft } from '../templates/index';
import type { DraftRequest, EmailInput } from '../shared/types';
import { WAKE_PORT } from '../shared/messages';

export const WARM_UP_EMAIL: EmailInput = {
  subject: 'Interview invitation: Product Designer',
  fromName: 'Jane Doe',
  fromEmail: 'jane.doe@example.com',
  body: 'Hi Sam,\n\nThank you for applying. We would like to invite you to a video interview for the Product Designer role at Example Ltd.\nWould Tuesday, 3 March at 2:30 pm work for you?\n\nBest regards,\nJane Doe\nTalent Partner, Example Ltd',
  receivedAt: '2026-03-01T09:00:00Z',
};

export const WARM_UP_DRAFT: DraftRequest = {
  intent: 'decline',
  reason: 'other_offer',
  tone: 'warm',
  language: 'en',
  seed: 1,
  vars: { company: 'Example Ltd', role: 'Product Designer', contactName: 'Jane Doe', proposedSlots: [], askRemote: false },
};

let warmed = false;

/** The draft's warm-up waits this long after the analysis's, so the scan's analysis never queues behind it. */
export const DRAFT_WARM_UP_DELAY_MS = 1000;

/** Runs the warm-up once per life of the worker, on later tasks so the wake's reply goes first. */
export function scheduleWarmUp(schedule: (run: () => void, delayMs: number) => void = (run, delayMs) => setTimeout(run, delayMs)): boolean {
  if (warmed) return false;
  warmed = true;
  // A failure here only means the real request pays the first-run cost itself.
  schedule(() => {
    try {
      analyzeEmail(WARM_UP_EMAIL);
    } catch {
      /* see above */
    }
    schedule(() => {
      try {
        checkTact(renderDraft(WARM_UP_DRAFT).body, { intent: 'decline', contactName: 'Jane Doe', language: 'en' });
      } catch {
        /* see above */
      }
    }, DRAFT_WARM_UP_DELAY_MS);
  }, 0);
  return true;
}

/** A port from the content script's waker (src/content/wake.ts): ours warms the worker; it is kept open, so its end tells the content script the worker stopped. */
export function onWakeConnect(port: { name: string; sender?: { id?: string }; disconnect(): void }, ownId: string): boolean {
  if (port.name !== WAKE_PORT) return false;
  if (port.sender?.id !== ownId) {
    port.disconnect();
    return true;
  }
  scheduleWarmUp();
  return true;
}

/** For tests: forget that this worker has warmed up. */
export function resetWarmUp(): void {
  warmed = false;
}
