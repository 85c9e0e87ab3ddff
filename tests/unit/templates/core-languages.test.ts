// Italian, Dutch and Portuguese (issue 17, "if time allows"): decline, reschedule and withdraw in
// both registers, checked by the tact checker in their own language; the other intents fall
// back to English and say so.
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../src/shared/types';
import { checkTact, detectDraftLanguage, REASONS_BY_INTENT, renderDraft, TONES } from '../../../src/templates';
import { EMPTY_VARS, FULL_VARS, NOW, REGISTERS } from './fixtures';

const LANGS = ['it', 'nl', 'pt'] as const;
const MAIN = ['decline', 'reschedule', 'withdraw'] as const;
const WEEK_AGO = '2025-05-03T12:00:00Z';
const THANKS = { it: /(?:grazie|ringrazi)/gi, nl: /(?:dank|bedank)/gi, pt: /(?:agradeç|agradec|obrigad)/gi };
// Second person of one register only (Portuguese writes "você" in both, so it has none).
const POLITE = { it: /(?<!\p{L})(?:Lei|Le|Suo|Sua|Suoi|Sue)(?!\p{L})|\p{Ll}(?:La|Le)(?!\p{L})/u, nl: /(?<!\p{L})(?:u|uw)(?!\p{L})/u };
const FAMILIAR = { it: /(?<!\p{L})(?:tu|ti|te|tuo|tua|tuoi|tue)(?!\p{L})|\p{Ll}{2,}(?:arti|erti|irti)(?!\p{L})/u, nl: /(?<!\p{L})(?:je|jij|jou|jouw|jullie)(?!\p{L})/iu };

function* matrix() {
  for (const language of LANGS)
    for (const intent of MAIN)
      for (const reason of REASONS_BY_INTENT[intent])
        for (const tone of TONES) for (const register of REGISTERS) yield { language, intent, reason, tone, register };
}

describe('it, nl, pt: the main letters', () => {
  for (const c of matrix()) {
    const name = `${c.language} ${c.intent}/${c.reason}/${c.tone}/${c.register}`;
    it(`${name}: values used, passes the checker in its own language, one thank-you, right length`, () => {
      for (let seed = 0; seed < 6; seed++) {
        for (const [vars, receivedAt] of [
          [FULL_VARS, NOW],
          [EMPTY_VARS, NOW],
          [{ ...FULL_VARS, lateReply: true, askRemote: true }, WEEK_AGO],
          [{ ...EMPTY_VARS, lateReply: true }, WEEK_AGO],
        ] as const) {
          const d = renderDraft({ ...c, seed, vars });
          const body = d.body;
          expect(detectDraftLanguage(body)).toBe(c.language);
          expect(checkTact(body, { intent: c.intent, contactName: vars.contactName ?? '', receivedAt, now: NOW }), body).toEqual([]);
          expect(body.match(THANKS[c.language])?.length, body).toBe(1);
          expect(body).not.toMatch(/\[|\]|\{|\}|undefined|null|  | ,| \./);
          if (vars === FULL_VARS) {
            expect(body).toContain('Acme Analytics');
            expect(body).toContain(c.register === 'formal' ? 'Jane Doe' : 'Jane');
            expect(d.warnings).toEqual([]);
          }
          const words = body.split(/\s+/).filter(Boolean).length;
          // The guide's 60 words are for a decline; a reschedule with no reason is one sentence shorter.
          const short = c.intent === 'reschedule' && c.reason === 'no_reason';
          expect(words).toBeGreaterThanOrEqual(c.tone === 'brief' ? (short ? 30 : 35) : short ? 50 : 60);
          expect(words).toBeLessThanOrEqual(150);
          if (c.language !== 'pt') {
            const text = body.replace(/Alex Morgan\nData Analyst\n\+44 7700 900123$/, '');
            expect(text, text).not.toMatch((c.register === 'formal' ? FAMILIAR : POLITE)[c.language]);
          }
        }
      }
    });
  }

  it('greets formally by title when known, neutrally with the full name otherwise, by first name when informal', () => {
    const greet = (language: string, register: Register, vars: object) =>
      renderDraft({ intent: 'decline', reason: 'other_offer', tone: 'formal', language, seed: 0, register, vars: { ...FULL_VARS, ...vars } }).body.split('\n')[0];
    expect(greet('it', 'formal', { contactName: 'Anna Rossi', contactGender: 'female' })).toBe('Gentile Sig.ra Rossi,');
    expect(greet('it', 'formal', { contactName: 'Anna Rossi' })).toBe('Gentile Anna Rossi,');
    expect(greet('nl', 'formal', { contactName: 'Anna de Vries', contactGender: 'female' })).toBe('Geachte mevrouw De Vries,');
    expect(greet('nl', 'formal', { contactName: 'Anna de Vries' })).toBe('Geachte Anna de Vries,');
    expect(greet('pt', 'formal', { contactName: 'Ana Souza', contactGender: 'female' })).toBe('Prezada Sra. Souza,');
    expect(greet('pt', 'formal', { contactName: 'Ana Souza' })).toBe('Bom dia, Ana Souza,');
    expect(greet('it', 'informal', { contactName: 'Anna Rossi' })).toBe('Gentile Anna,');
    expect(greet('nl', 'informal', { contactName: 'Anna de Vries' })).toBe('Beste Anna,');
    expect(greet('pt', 'informal', { contactName: 'Ana Souza' })).toBe('Olá, Ana,');
  });

  it('accept, call notes and follow-up fall back to English, with a warning naming the language', () => {
    for (const [language, name] of [['it', 'Italian'], ['nl', 'Dutch'], ['pt', 'Portuguese']] as const) {
      const d = renderDraft({ intent: 'accept', reason: 'no_reason', tone: 'warm', language, seed: 0, vars: FULL_VARS });
      expect(d.body).toContain('Thank');
      expect(d.warnings).toContain(`This kind of reply is not yet available in ${name}: the draft is in English.`);
      expect(checkTact(d.body, { intent: 'accept', contactName: 'Jane Doe', language })).toEqual([]);
    }
  });
});

describe('every reply language, with the contact’s gender known', () => {
  it('greets by title and family name and still passes the checker (a title’s dot is no sentence end)', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']) {
      for (const contactGender of ['female', 'male'] as const) {
        for (const intent of MAIN) {
          for (const tone of TONES) {
            for (const register of REGISTERS) {
              const vars = { ...FULL_VARS, contactName: 'Anna Maria Rossi', contactGender, contactTitle: tone === 'formal' ? 'Dr.' : '' };
              const d = renderDraft({ intent, reason: REASONS_BY_INTENT[intent][0] ?? 'no_reason', tone, language, seed: 1, register, vars });
              const greeting = d.body.split('\n')[0] ?? '';
              if (register === 'formal' && language !== 'fr') expect(greeting, `${language} ${tone}`).toMatch(/Rossi/);
              expect(greeting).not.toMatch(language === 'es' ? /Anna Maria/ : /Maria Rossi|Anna Maria/);
              expect(checkTact(d.body, { intent, contactName: vars.contactName }), d.body).toEqual([]);
            }
          }
        }
      }
    }
  });
});
