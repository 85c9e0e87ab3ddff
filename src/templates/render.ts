import type { DraftRequest, Intent, Notice, Reason, Register, RenderedDraft, Tone } from '../shared/types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { escapeHtml } from './escape';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import { isIntent, isTone, REASONS_BY_INTENT } from './labels';
import { pickLanguage, type SupportedLanguage } from './languages';
import type { Ctx, IntentTemplate, LanguagePack } from './model';
import { parseContact } from './names';
import { notice, type NoticeKey } from './notices';
import { cleanLine, cleanVars } from './sanitize';
import { replySubject } from './subject';
import { makePicker } from './variants';

const PACKS: Record<SupportedLanguage, LanguagePack> = { en, de, fr, es, it, nl, pt };

type Warn = (n: Notice) => void;

function resolveReason(intent: Intent, reason: unknown, warn: Warn): Reason {
  const offered = REASONS_BY_INTENT[intent];
  if (offered.includes(reason as Reason)) return reason as Reason;
  const fallback = offered[0] ?? 'no_reason';
  // accept/follow_up take no reason at all: silently use the only one.
  if (offered.length > 1) warn(notice('warnReasonReplaced'));
  return fallback;
}

// The languages that lack some intents (they fall back to English for those).
const UNAVAILABLE: Partial<Record<SupportedLanguage, NoticeKey>> = { it: 'warnIntentUnavailableIt', nl: 'warnIntentUnavailableNl', pt: 'warnIntentUnavailablePt' };

function resolveLanguage(requested: unknown, intent: Intent, warn: Warn): LanguagePack {
  const raw = cleanLine(requested, 20).value;
  const code = pickLanguage(raw);
  if (raw !== '' && code === 'en' && !/^en\b/i.test(raw)) {
    warn(notice('warnLanguageUnavailable', raw));
  }
  const pack = PACKS[code];
  if (pack.intents[intent]) return pack;
  const key = UNAVAILABLE[code];
  if (key) warn(notice(key));
  return en;
}

/** English follows the tone when no register is asked for; the other languages stay formal, as a first reply should. */
function resolveRegister(requested: unknown, code: string, tone: Tone): Register {
  if (requested === 'formal' || requested === 'informal') return requested;
  if (code === 'en') return tone === 'formal' ? 'formal' : 'informal';
  return 'formal';
}

function missingWarnings(c: Ctx, template: IntentTemplate, code: string, warn: Warn): void {
  const v = c.v;
  if (template.letter && v.contactName === '') warn(notice('warnNoContact'));
  else if (template.letter && code !== 'en' && c.register === 'formal' && !c.contact.surname) {
    warn(notice('warnNoFamilyName'));
  }
  if (template.letter && v.candidateName === '') {
    warn(notice('warnNoCandidateName'));
  }
  if (v.company === '') warn(notice('warnNoCompany'));
  if (v.role === '') warn(notice('warnNoRole'));
  if (c.intent === 'reschedule' && v.proposedSlots.length === 0 && v.schedulingLink === '') {
    warn(notice('warnNoSlots'));
  }
  if (c.intent === 'accept') {
    if (v.interviewTime === '' && v.bookingLink) warn(notice(v.booked ? 'warnNoInterviewTime' : 'warnBookFirst'));
    else if (v.interviewTime === '' && v.noneOfOffered) warn(notice('warnChooseSlot'));
    else if (v.interviewTime === '') warn(notice('warnNoInterviewTime'));
    if (v.format === '' && v.location === '') warn(notice('warnNoFormat'));
  }
}

function toHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('\n');
}

export function renderDraft(req: DraftRequest): RenderedDraft {
  const notices: Notice[] = [];
  const warn = (n: Notice): void => {
    if (!notices.some((x) => x.text === n.text)) notices.push(n);
  };
  const r: Partial<DraftRequest> = req && typeof req === 'object' ? req : {};

  let intent: Intent = 'decline';
  if (isIntent(r.intent)) intent = r.intent;
  else warn(notice('warnUnknownIntent'));
  let tone: Tone = 'warm';
  if (isTone(r.tone)) tone = r.tone;
  else warn(notice('warnUnknownTone'));
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
    warnings: notices.map((n) => n.text),
    notices,
  };
}
