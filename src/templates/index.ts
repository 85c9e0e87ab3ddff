// src/templates/: the pure writing core. Runs in the service worker, the analyze CLI and
// the tests (the UI imports only ./user-templates.ts from here). Pure TypeScript: no DOM,
// no browser API (eslint.config.js enforces it). This is its public entry.
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
