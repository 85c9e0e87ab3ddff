// Public entry of the template core: pure TypeScript, no DOM, no browser API.
export { renderDraft } from './render';
export { checkTact, detectDraftLanguage, RULE_IDS } from './check';
export { escapeHtml } from './escape';
export { replySubject, stripReplyPrefixes } from './subject';
export {
  INTENTS,
  TONES,
  REASONS_BY_INTENT,
  intentLabel,
  reasonLabel,
  toneLabel,
} from './labels';
export { SUPPORTED_LANGUAGES, pickLanguage, type SupportedLanguage } from './languages';
