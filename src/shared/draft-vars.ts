// The first draft for a one-shot entry point (context menu on a webmail or on another
// site): the composer's own mapping from analysis + settings, with the user's defaults.
import type { Analysis, DraftRequest, EmailInput, Intent, TactContext } from './types';
import type { Settings } from './settings';
import { draftRequest, draftVariables, initialFields, replyLanguage, tactContext } from '../ui/composer/model';
import { defaultReasonFor } from '../ui/options-lists';

export function firstDraftRequest(
  intent: Intent,
  analysis: Analysis | null,
  email: EmailInput | null,
  settings: Settings,
  now = new Date(),
  seed = 0,
): { request: DraftRequest; context: TactContext } {
  const fields = initialFields(analysis, email, settings, now);
  const vars = draftVariables(fields, settings, analysis, email);
  const choice = { intent, reason: defaultReasonFor(intent, settings.defaultReason), tone: settings.defaultTone, seed };
  return { request: draftRequest(choice, replyLanguage(settings, analysis), vars), context: tactContext(intent, fields, email, now) };
}
