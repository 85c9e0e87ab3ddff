// Formal and informal register in every reply language, one thank-you per draft, and the
// calques issue 17 found, each kept out by a test that reads every intent × tone × seed.
import { describe, expect, it } from 'vitest';
import type { DraftVariables, Intent, Register, Tone } from '../../../src/shared/types';
import { INTENTS, REASONS_BY_INTENT, renderDraft, TONES } from '../../../src/templates';
import { FULL_VARS, REGISTERS } from './fixtures';

const LANGS = ['en', 'de', 'fr', 'es'] as const;
type Lang = (typeof LANGS)[number];

function drafts(language: Lang, register: Register, vars: Partial<DraftVariables> = FULL_VARS, seeds = 8) {
  const out: { intent: Intent; tone: Tone; body: string }[] = [];
  for (const intent of INTENTS) {
    for (const reason of REASONS_BY_INTENT[intent]) {
      for (const tone of TONES) {
        for (let seed = 0; seed < seeds; seed++) {
          for (const lateReply of [false, true]) {
            const d = renderDraft({ intent, reason, tone, language, seed, register, vars: { ...vars, lateReply } });
            out.push({ intent, tone, body: d.body });
          }
        }
      }
    }
  }
  return out;
}

const greetingOf = (body: string): string => body.split('\n')[0] ?? '';
// Second-person forms that belong to one register only. English has none.
const POLITE: Record<Exclude<Lang, 'en'>, RegExp> = {
  de: /(?<!\p{L})(Sie|Ihnen|Ihr|Ihre[nmrs]?)(?!\p{L})/u,
  fr: /(?<![\p{L}-])(vous|votre|vos)(?!\p{L})/iu,
  es: /(?<!\p{L})(usted|ustedes|le|su|sus|disculpe|dígamelo|téngame)(?!\p{L})/iu,
};
const FAMILIAR: Record<Exclude<Lang, 'en'>, RegExp> = {
  de: /(?<!\p{L})(du|dich|dir|dein\p{L}*|euch|euer|eure[nmrs]?)(?!\p{L})/iu,
  fr: /(?<!\p{L})(tu|te|t’|toi|ton|ta|tes)(?!\p{L})/iu,
  es: /(?<!\p{L})(tú|te|ti|tu|tus|contigo|disculpa|dímelo|tenme)(?!\p{L})/iu,
};

describe('register: Sie/vous/usted or du/tu/tú, chosen by a variable, never mixed', () => {
  for (const language of ['de', 'fr', 'es'] as const) {
    it(`${language}: a formal draft never uses the familiar forms, an informal one never the polite ones`, () => {
      for (const register of REGISTERS) {
        for (const d of drafts(language, register)) {
          // The signature and the company name are ours to ignore: only our sentences count.
          const text = d.body.replace(/Alex Morgan\nData Analyst\n\+44 7700 900123$/, '');
          const wrong = register === 'formal' ? FAMILIAR[language] : POLITE[language];
          expect(text, `${register} ${d.intent}/${d.tone}:\n${text}`).not.toMatch(wrong);
        }
      }
    });
  }

  it('a formal letter addresses the reader somewhere (Sie/vous/usted), an informal one with du/tu/tú', () => {
    for (const language of ['de', 'fr', 'es'] as const) {
      for (const register of REGISTERS) {
        const letters = drafts(language, register, FULL_VARS, 2).filter((d) => d.intent === 'decline' || d.intent === 'reschedule');
        const addressed = letters.filter((d) => (register === 'formal' ? POLITE : FAMILIAR)[language].test(d.body));
        expect(addressed.length / letters.length, `${language} ${register}`).toBeGreaterThan(0.5);
      }
    }
  });

  it('defaults to formal in German, French and Spanish when no register is asked for', () => {
    for (const language of ['de', 'fr', 'es'] as const) {
      for (const tone of TONES) {
        const body = renderDraft({ intent: 'decline', reason: 'other_offer', tone, language, seed: 0, vars: FULL_VARS }).body;
        expect(body).not.toMatch(FAMILIAR[language]);
        expect(greetingOf(body)).toContain('Jane Doe');
      }
    }
  });
});

describe('greetings', () => {
  const g = (language: Lang, register: Register, tone: Tone, vars: Partial<DraftVariables>): string =>
    greetingOf(renderDraft({ intent: 'decline', reason: 'other_offer', tone, language, seed: 0, register, vars: { ...FULL_VARS, ...vars } }).body);
  const katrin = { contactName: 'Katrin Hoffmann', contactGender: 'female' as const };
  const lee = { contactName: 'Julian Lee', contactGender: 'male' as const };

  it('formal with the contact’s gender known: title and family name', () => {
    expect(g('de', 'formal', 'formal', katrin)).toBe('Sehr geehrte Frau Hoffmann,');
    expect(g('de', 'formal', 'formal', lee)).toBe('Sehr geehrter Herr Lee,');
    expect(g('de', 'formal', 'formal', { ...katrin, contactTitle: 'Dr.' })).toBe('Sehr geehrte Frau Dr. Hoffmann,');
    expect(g('de', 'formal', 'warm', katrin)).toBe('Liebe Frau Hoffmann,');
    expect(g('de', 'formal', 'brief', lee)).toBe('Guten Tag Herr Lee,');
    expect(g('fr', 'formal', 'formal', katrin)).toBe('Madame,');
    expect(g('fr', 'formal', 'warm', lee)).toBe('Bonjour Monsieur Lee,');
    expect(g('es', 'formal', 'formal', katrin)).toBe('Estimada Sra. Hoffmann:');
    expect(g('es', 'formal', 'brief', lee)).toBe('Buenos días, Sr. Lee:');
    expect(g('en', 'formal', 'formal', katrin)).toBe('Dear Ms Hoffmann,');
    expect(g('en', 'formal', 'warm', lee)).toBe('Dear Mr Lee,');
  });

  it('formal with the gender unknown: the neutral greeting with the full name, never the first name alone', () => {
    const k = { contactName: 'Katrin Hoffmann' };
    expect(g('de', 'formal', 'formal', k)).toBe('Guten Tag Katrin Hoffmann,');
    expect(g('fr', 'formal', 'formal', k)).toBe('Bonjour Katrin Hoffmann,');
    expect(g('es', 'formal', 'formal', k)).toBe('Buenos días, Katrin Hoffmann:');
    expect(g('en', 'formal', 'formal', k)).toBe('Dear Katrin Hoffmann,');
    // Gender taken from a title in the name itself.
    expect(g('de', 'formal', 'formal', { contactName: 'Frau Katrin Hoffmann' })).toBe('Sehr geehrte Frau Hoffmann,');
    expect(g('fr', 'formal', 'formal', { contactName: 'Mme Julie Martin' })).toBe('Madame,');
    expect(g('es', 'formal', 'warm', { contactName: 'Sra. Lucía García López' })).toBe('Estimada Sra. García López:');
    // One name only and no title: it could be either name, so the formal greeting leaves it out.
    const one = renderDraft({ intent: 'decline', reason: 'other_offer', tone: 'formal', language: 'de', seed: 0, register: 'formal', vars: { ...FULL_VARS, contactName: 'Katrin' } });
    expect(greetingOf(one.body)).toBe('Sehr geehrte Damen und Herren,');
    expect(one.warnings.some((w) => w.includes('family name is not known'))).toBe(true);
  });

  it('never greets a formal writer by first name, in any language, intent, tone or seed', () => {
    for (const language of LANGS) {
      for (const d of drafts(language, 'formal', { ...FULL_VARS, contactName: 'Katrin Hoffmann' }, 3)) {
        if (d.intent === 'call_points') continue;
        const greet = greetingOf(d.body);
        if (/Katrin/.test(greet)) expect(greet).toContain('Hoffmann');
      }
    }
  });

  it('informal: the first name', () => {
    expect(g('de', 'informal', 'formal', { contactName: 'Katrin Hoffmann' })).toBe('Hallo Katrin,');
    expect(g('de', 'informal', 'warm', katrin)).toBe('Liebe Katrin,');
    expect(g('fr', 'informal', 'formal', { contactName: 'Julien Martin' })).toBe('Bonjour Julien,');
    expect(g('es', 'informal', 'warm', { contactName: 'Sam Lee' })).toBe('Hola, Sam:');
    expect(g('en', 'informal', 'brief', { contactName: 'Sam Lee' })).toBe('Hello Sam,');
  });

  it('the sign-off follows the register', () => {
    const end = (language: Lang, register: Register) =>
      renderDraft({ intent: 'decline', reason: 'other_offer', tone: 'formal', language, seed: 0, register, vars: FULL_VARS }).body.split('\n').at(-4);
    expect(end('de', 'formal')).toMatch(/^(Mit freundlichen Grüßen|Freundliche Grüße|Mit besten Grüßen)$/);
    expect(end('de', 'informal')).toMatch(/^(Viele|Beste|Schöne) Grüße$/);
    expect(end('fr', 'informal')).toMatch(/^(Bien c|C)ordialement,$/);
    expect(end('es', 'formal')).toMatch(/^(Atentamente|Reciba un cordial saludo|Cordialmente),$/);
    expect(end('es', 'informal')).toMatch(/^(Un saludo|Saludos cordiales|Saludos),$/);
  });
});

const THANKS: Record<Lang, RegExp> = {
  en: /\b(?:thank|thanks|grateful|appreciat\w*)\b/gi,
  de: /(?:dank|bedank)/gi,
  fr: /(?:merci|remerci)/gi,
  es: /(?:gracias|agradec|agradezc)/gi,
};

describe('one thank-you per draft', () => {
  for (const language of LANGS) {
    it(`${language}: no intent, tone, register or seed thanks them twice`, () => {
      for (const register of REGISTERS) {
        for (const d of drafts(language, register)) {
          expect(d.body.match(THANKS[language])?.length ?? 0, `${register} ${d.intent}/${d.tone}:\n${d.body}`).toBeLessThanOrEqual(1);
          if (d.intent !== 'call_points') expect(d.body.match(THANKS[language])?.length ?? 0).toBe(1);
        }
      }
    });
  }
});

describe('calques found in issue 17 stay out', () => {
  const all = (language: Lang) => [...drafts(language, 'formal'), ...drafts(language, 'informal')];

  it('German: no "stimme mich mit Ihrem Kalender ab", no "entschuldigen Sie die Änderung", a proposed time is not "vereinbart"', () => {
    for (const d of all('de')) {
      expect(d.body).not.toMatch(/stimme ich mich|Kalender ab/);
      expect(d.body).not.toMatch(/entschuldig\p{L}* (?:Sie )?(?:bitte )?die Änderung/iu);
      expect(d.body).not.toMatch(/Änderung unserer Pläne/);
      if (d.intent === 'reschedule') expect(d.body).not.toMatch(/vereinbart/);
    }
  });

  it('French: no "Je vous remercie encore" in a first reply, "proposition" at most once', () => {
    for (const d of all('fr')) {
      if (['decline', 'reschedule', 'accept', 'call_points'].includes(d.intent)) expect(d.body).not.toMatch(/remercie encore|merci encore/i);
      expect(d.body.match(/proposition/g)?.length ?? 0).toBeLessThanOrEqual(1);
      // A no-break space before "?", ":" and "!" as French typography wants.
      expect(d.body).not.toMatch(/\S[?!]|[^\s\u00a0\d]:(?!\/\/)/u);
    }
  });

  it('Spanish: the reply thanks once and keeps to usted or tú', () => {
    for (const register of REGISTERS) {
      for (const d of drafts('es', register)) {
        expect(d.body).not.toMatch(register === 'formal' ? FAMILIAR.es : POLITE.es);
        expect(d.body).not.toMatch(/agradecer[ií]a/);
      }
    }
  });
});
