// The template core and the analysis run here, in the service worker, so the content
// script stays small (the date parser and the sentiment lexicon are the heavy parts).
import { analyzeEmail } from '../analysis/index';
import { checkTact, renderDraft } from '../templates/index';
import type { CoreRequest, DraftResult, PageAnalyzeRequest, Reply } from '../shared/messages';
import type { Analysis, Finding } from '../shared/types';
import { t } from '../shared/i18n';
import { scheduleWarmUp } from './warm-up';

/** Every core request but core/analyze-page (async: ./page-analysis.ts). */
export function handleCoreRequest(msg: Exclude<CoreRequest, PageAnalyzeRequest>): Reply<Analysis | DraftResult | Finding[] | null> {
  try {
    switch (msg.type) {
      case 'core/analyze':
        return { ok: true, value: analyzeEmail(msg.email) };
      case 'core/draft': {
        const draft = renderDraft(msg.request);
        const findings = checkTact(draft.body, { ...msg.context, language: msg.request.language } as typeof msg.context);
        return { ok: true, value: { draft, findings } };
      }
      case 'core/check':
        return { ok: true, value: checkTact(msg.body, msg.context) };
      case 'core/wake':
        scheduleWarmUp();
        return { ok: true, value: null };
    }
  } catch (e) {
    return { ok: false, error: t('errorCoreFailed', e instanceof Error ? e.message : String(e)) };
  }
}
