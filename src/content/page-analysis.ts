// The content script asks the worker to analyse an open message (core/analyze-page): the
// worker reads the received date and the candidate's name, which keeps the date reader and
// the settings modules out of every mail tab, and sets the tab's badge from the result.
import type { PageAnalysis, PageAnalyzeRequest, Reply } from '../shared/messages';
import { t } from '../shared/i18n';

export type Send = (msg: PageAnalyzeRequest) => Promise<unknown>;

export async function analysePage(send: Send, req: Omit<PageAnalyzeRequest, 'type'>): Promise<PageAnalysis> {
  const reply = (await send({ type: 'core/analyze-page', ...req })) as Reply<PageAnalysis> | undefined;
  if (!reply) throw new Error(t('errorNoBackground'));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
