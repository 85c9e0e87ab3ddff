import type { DraftRequest, Intent, Reason, Register, RenderedDraft, Tone } from '../shared/types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { escapeHtml } from './escape';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import { isIntent, isTone, REASONS_BY_INTENT, reasonLabel } from './labels';
import { LANGUAGE_NAMES, pickLanguage, type SupportedLanguage } from './languages';
import type { Ctx, IntentTemplate, LanguagePack } from './model';
import { parseContact } from './names';
import { cleanLine, cleanVars } from './sanitize';
import { replySubject } from './subject';
import { makePicker } from './variants';

const PACKS: Record<SupportedLanguage, LanguagePack> = { en, de, fr, es, it, nl, pt };

function resolveReason(intent: Intent, reason: unknown, warn: (w: string) => void): Reason {
  const offered = REASONS_BY_INTENT[intent];
  if (offered.includes(reason as Reason)) return reason as Reason;
  const fallback = offered[0] ?? 'no_reason';
  // accept/follow_up take no reason at all: silently use the only one.
  if (offered.length > 1) warn(`That reason does not fit this reply: “${reasonLabel(fallback)}” was used instead.`);
  return fallback;
}

function resolveLanguage(requested: unknown, intent: Intent, warn: (w: string) => void): LanguagePack {
  const raw = cleanLine(requested, 20).value;
  const code = pickLanguage(raw);
  if (raw !== '' && code === 'en' && !/^en\b/i.test(raw)) {
    warn(`Replies in “${raw}” are not available yet: the draft is in English.`);
  }
  const pack = PACKS[code];
  if (pack.intents[intent]) return pack;
  warn(`This kind of reply is not yet available in ${LANGUAGE_NAMES[code]}: the draft is in English.`);
  return en;
}

/** English follows the tone when no register is asked for; the other languages stay formal, as a first reply should. */
function resolveRegister(requested: unknown, code: string, tone: Tone): Register {
  if (requested === 'formal' || requested === 'informal') return requested;
  if (code === 'en') return tone === 'formal' ? 'formal' : 'informal';
  return 'formal';
}

function missingWarnings(c: Ctx, template: IntentTemplate, code: string, warn: (w: string) => void): void {
  const v = c.v;
  if (template.letter && v.contactName === '') warn('No contact name found: the greeting is neutral.');
  else if (template.letter && code !== 'en' && c.register === 'formal' && !c.contact.surname) {
    warn('The contact’s family name is not known: the formal greeting does not name them.');
  }
  if (template.letter && v.candidateName === '') {
    warn('Your name is missing: the email ends with the sign-off only. Add your name before sending.');
  }
  if (v.company === '') warn('No company name found: the draft does not name the company.');
  if (v.role === '') warn('No role found: the draft mentions the role without its title.');
  if (c.intent === 'reschedule' && v.proposedSlots.length === 0 && v.schedulingLink === '') {
    warn('No alternative times given: the draft asks for their availability.');
  }
  if (c.intent === 'accept') {
    if (v.interviewTime === '') warn('No interview time found: the confirmation does not restate it.');
    if (v.format === '' && v.location === '') warn('No format or place found: the confirmation does not restate them.');
  }
}

function toHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('\n');
}

export function renderDraft(req: DraftRequest): RenderedDraft {
  const warnings: string[] = [];
  const warn = (w: string): void => {
    if (!warnings.includes(w)) warnings.push(w);
  };
  const r: Partial<DraftRequest> = req && typeof req === 'object' ? req : {};

  let intent: Intent = 'decline';
  if (isIntent(r.intent)) intent = r.intent;
  else warn('Unknown kind of reply: a decline was drafted.');
  let tone: Tone = 'warm';
  if (isTone(r.tone)) tone = r.tone;
  else warn('Unknown tone: the warm tone was used.');
  const reason = resolveReason(intent, r.reason, warn);
  const pack = resolveLanguage(r.language, intent, warn);
  const v = cleanVars(r.vars, warn);
  const register = resolveRegister(r.register, pack.code, tone);
  const pick = makePicker(typeof r.seed === 'number' ? r.seed : 0);
  const c: Ctx = { intent, reason, tone, register, v, contact: parseContact(v, pack.code), pick };
  // resolveLanguage guarantees the intent exists in the chosen pack (English has all of them).
  const template = pack.intents[intent] ?? (en.intents[intent] as IntentTemplate);
  missingWarnings(c, template, pack.code, warn);

  const paragraphs: string[] = [];
  const content = template.paragraphs(c);
  if (template.letter) {
    paragraphs.push(pack.greeting(c));
    const [first, ...rest] = content;
    if (first !== undefined) paragraphs.push(pack.afterGreeting ? pack.afterGreeting(first) : first, ...rest);
    paragraphs.push([pack.signOff(c), v.candidateName, v.signature].filter((s) => s !== '').join('\n'));
  } else {
    paragraphs.push(...content);
  }

  return {
    subject: replySubject(v.originalSubject, pack.subject(c)),
    body: paragraphs.join('\n\n'),
    html: toHtml(paragraphs),
    warnings,
  };
}
