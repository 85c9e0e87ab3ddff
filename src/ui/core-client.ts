// How UI code reaches the template core and the analysis. The extension pages and the
// content script go through the service worker (the core is heavy; keeping it there keeps
// the content script small); tests use the local client with the same interface.
import type { Analysis, DraftRequest, EmailInput, Finding, TactContext } from '../shared/types';
import type { CoreRequest, DraftResult, Reply } from '../shared/messages';
import { t } from '../shared/i18n';

export interface CoreClient {
  analyze(email: EmailInput): Promise<Analysis>;
  draft(request: DraftRequest, context: TactContext): Promise<DraftResult>;
  check(body: string, context: TactContext): Promise<Finding[]>;
}

type Send = (msg: CoreRequest) => Promise<unknown>;

/** A client over any message channel (runtime.sendMessage in the extension). */
export function messagingCoreClient(send: Send): CoreClient {
  async function call<T>(msg: CoreRequest): Promise<T> {
    const reply = (await send(msg)) as Reply<T> | undefined;
    if (!reply) throw new Error(t('errorNoBackground'));
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }
  return {
    analyze: (email) => call<Analysis>({ type: 'core/analyze', email }),
    draft: (request, context) => call<DraftResult>({ type: 'core/draft', request, context }),
    check: (body, context) => call<Finding[]>({ type: 'core/check', body, context }),
  };
}
