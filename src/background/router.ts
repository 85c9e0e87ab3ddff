// Every runtime message passes through here. Only our own extension may talk to us,
// and only in the shapes src/shared/messages.ts describes: anything else gets a
// refusal, never a crash.
import type { Reply } from '../shared/messages';
import { isBadgeRequest, isCoreRequest } from '../shared/messages';
import { handleCoreRequest } from './core-service';
import { analyzePage } from './page-analysis';

export interface RouterSender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

export interface RouterDeps {
  ownId: string;
  setBadge(tabId: number, invitation: boolean): void;
  /** The user's name from the settings (core/analyze-page); '' when not given. */
  candidateName?(): Promise<string>;
}

export function routeMessage(msg: unknown, sender: RouterSender, deps: RouterDeps): Reply<unknown> | Promise<Reply<unknown>> {
  if (!sender || sender.id !== deps.ownId) return { ok: false, error: 'Refused: the message does not come from Tactful.' };
  if (isCoreRequest(msg)) {
    if (msg.type !== 'core/analyze-page') return handleCoreRequest(msg);
    return analyzePage(msg, sender.tab?.id, { setBadge: deps.setBadge, candidateName: deps.candidateName ?? (() => Promise.resolve('')) });
  }
  if (isBadgeRequest(msg)) {
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number') return { ok: false, error: 'Refused: a badge update must come from a tab.' };
    deps.setBadge(tabId, msg.invitation);
    return { ok: true, value: null };
  }
  return { ok: false, error: 'Refused: Tactful does not understand this message.' };
}
