import { describe, expect, it } from 'vitest';
import {
  INTENTS, intentLabel, pickLanguage, reasonLabel, REASONS_BY_INTENT, renderDraft, replySubject,
  SUPPORTED_LANGUAGES, toneLabel, TONES,
} from '../../../src/templates';

describe('catalogue', () => {
  it('lists the intents, tones and reasons the issue asks for', () => {
    expect(INTENTS).toEqual(['decline', 'reschedule', 'withdraw', 'accept', 'call_points', 'follow_up']);
    expect(TONES).toEqual(['warm', 'formal', 'brief']);
    // No reason first: the default asserts nothing the user did not choose (issue 16).
    const declineReasons = ['no_reason', 'other_offer', 'not_a_fit', 'personal', 'logistics', 'admired_company'];
    expect(REASONS_BY_INTENT.decline).toEqual(declineReasons);
    expect(REASONS_BY_INTENT.withdraw).toEqual(declineReasons);
    expect(REASONS_BY_INTENT.reschedule).toEqual(['no_reason', 'conflict', 'illness', 'travel']);
    expect(REASONS_BY_INTENT.accept).toEqual(['no_reason']);
    expect(REASONS_BY_INTENT.follow_up).toEqual(['no_reason']);
  });
  it('has a distinct English label for every intent, reason and tone', () => {
    const intents = INTENTS.map(intentLabel);
    expect(new Set(intents).size).toBe(INTENTS.length);
    const reasons = [...new Set(Object.values(REASONS_BY_INTENT).flat())].map(reasonLabel);
    expect(new Set(reasons).size).toBe(reasons.length);
    // Human words, not the raw ids ("other_offer").
    for (const l of [...intents, ...reasons, ...TONES.map(toneLabel)]) expect(l).toMatch(/^[A-Z][^_]+$/);
  });
});

describe('languages', () => {
  it('supports en, de, fr, es, it, nl, pt and falls back to English', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);
    expect(pickLanguage('de-AT')).toBe('de');
    expect(pickLanguage(' FR ')).toBe('fr');
    expect(pickLanguage('es_MX')).toBe('es');
    expect(pickLanguage('pt-BR')).toBe('pt');
    expect(pickLanguage('pl')).toBe('en');
    expect(pickLanguage('')).toBe('en');
    expect(pickLanguage(undefined as unknown as string)).toBe('en');
  });
});

describe('subject', () => {
  it('keeps exactly one "Re: "', () => {
    expect(replySubject('Interview', 'x')).toBe('Re: Interview');
    expect(replySubject('Re: Interview', 'x')).toBe('Re: Interview');
    expect(replySubject('RE: re: Interview', 'x')).toBe('Re: Interview');
    expect(replySubject('AW: WG: Fwd: Interview', 'x')).toBe('Re: Interview');
    expect(replySubject('Re[2]: TR: RV: Interview', 'x')).toBe('Re: Interview');
    expect(replySubject('  Fw:   Interview  next week ', 'x')).toBe('Re: Interview next week');
  });
  it('does not eat words that merely start like a prefix', () => {
    expect(replySubject('Research Analyst interview', 'x')).toBe('Re: Research Analyst interview');
    expect(replySubject('Aware: next steps', 'x')).toBe('Re: Aware: next steps');
  });
  it('uses a sensible subject per intent when the original is empty', () => {
    const subjects = new Set<string>();
    for (const intent of INTENTS) {
      const d = renderDraft({ intent, reason: REASONS_BY_INTENT[intent][0] ?? 'no_reason', tone: 'warm', language: 'en', seed: 0, vars: { role: 'Analyst', company: 'Acme', originalSubject: 'Re:  ' } });
      expect(d.subject).toContain('Analyst, Acme');
      expect(d.subject.startsWith('Re:')).toBe(false);
      subjects.add(d.subject);
    }
    expect(subjects.size).toBe(INTENTS.length);
    expect(renderDraft({ intent: 'decline', reason: 'no_reason', tone: 'warm', language: 'de', seed: 0, vars: {} }).subject).toBe('Einladung zum Vorstellungsgespräch');
  });
});
