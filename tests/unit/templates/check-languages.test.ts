// The checker reads the draft in the language it is written in (issue 17): its rules follow the
// text, not the invitation; negativity works in German, French and Spanish; a language it does not
// know gets no language rule at all. Also the untyped-data rule (issue 13).
import { describe, expect, it } from 'vitest';
import type { TactContext } from '../../../src/shared/types';
import { checkTact, detectDraftLanguage, renderDraft } from '../../../src/templates';
import { FULL_VARS } from './fixtures';

const rules = (body: string, c: Partial<TactContext> = {}): string[] =>
  checkTact(body, { intent: 'decline', contactName: 'Jane Doe', ...c }).map((f) => f.rule);

describe('the draft’s own language', () => {
  it('detects each reply language from the text, whatever the hint', () => {
    for (const language of ['en', 'de', 'fr', 'es'] as const) {
      for (const intent of ['decline', 'accept', 'follow_up', 'call_points'] as const) {
        const body = renderDraft({ intent, reason: intent === 'call_points' ? 'other_offer' : 'no_reason', tone: 'brief', language, seed: 1, vars: FULL_VARS }).body;
        for (const hint of ['', 'en', 'de', 'fr', 'es']) expect(detectDraftLanguage(body, hint), `${language} ${intent} hint ${hint}`).toBe(language);
      }
    }
  });

  it('an English accept to a German invitation is checked as English: no false "never thanks them"', () => {
    const body = renderDraft({ intent: 'accept', reason: 'no_reason', tone: 'warm', language: 'en', seed: 0, vars: FULL_VARS }).body;
    expect(checkTact(body, { intent: 'accept', contactName: 'Jane Doe', language: 'de' })).toEqual([]);
    // The German rules did fire on it before: "dank" is not in English text.
    expect(rules('Hallo Jane,\n\nich bestätige den Termin.', { intent: 'accept', language: 'en' })).toContain('no-thanks');
  });

  it('reads Italian and Dutch in their own words, and says "und" for a language it does not know', () => {
    const it = 'Gentile signora Rossi,\n\nla ringrazio per l’invito al colloquio. Purtroppo non potrò partecipare perché ho accettato un’altra offerta.\n\nCordiali saluti,\nAlex';
    const nl = 'Geachte mevrouw De Vries,\n\nhartelijk dank voor de uitnodiging. Helaas kan ik niet komen, want ik heb een andere baan aangenomen.\n\nMet vriendelijke groet,\nAlex';
    const pl = 'Szanowna Pani,\n\ndziękuję za zaproszenie na rozmowę. Niestety przyjęłam inną ofertę pracy.\n\nZ poważaniem,\nAlex';
    expect(detectDraftLanguage(it, 'de')).toBe('it');
    expect(detectDraftLanguage(nl, 'de')).toBe('nl');
    expect(detectDraftLanguage(pl, 'de')).toBe('und');
    // Both thank them in their language and say nothing about the future: that is what is found.
    for (const body of [it, nl]) expect(rules(body, { contactName: '', language: 'de' })).toEqual(['door-closed']);
    for (const intent of ['decline', 'withdraw', 'accept', 'reschedule'] as const) {
      const found = rules(pl, { intent, contactName: '', language: 'de' });
      expect(found.filter((r) => ['no-thanks', 'door-closed', 'decision-late', 'stacked-apologies', 'negativity'].includes(r)), intent).toEqual([]);
    }
  });

  it('the language-neutral rules still run on an unknown language', () => {
    expect(rules('Szanowna [Name],\n\ndziękuję za zaproszenie.')).toContain('placeholder');
  });
});

describe('negativity in German, French and Spanish', () => {
  const cases: Record<string, { good: string; bad: string[]; fine: string[] }> = {
    de: {
      good: 'Guten Tag Frau Doe,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch. Leider muss ich das Gespräch absagen.\n\n%\n\nIch wünsche Ihnen viel Erfolg und bleibe gern in Kontakt.\n\nMit freundlichen Grüßen\nAlex',
      bad: [
        'Ihr Gehaltsangebot ist mir viel zu niedrig.',
        'Die Bewertungen Ihres Unternehmens auf Kununu sind schlecht.',
        'Ehrlich gesagt war Ihr Bewerbungsprozess chaotisch.',
        'Ich habe kein Interesse an Ihrem Unternehmen.',
        'Das Verhalten Ihres Teams fand ich respektlos.',
        'Das Gehalt liegt unter dem Marktniveau.',
      ],
      fine: [
        'Ich bin leider krank und brauche einige Tage Erholung.',
        'Ihr Angebot ist keineswegs schlecht, aber ich habe bereits zugesagt.',
        'Es tut mir leid, dass ich Ihnen damit Umstände bereite.',
        'Die Entfernung macht einen Termin vor Ort für mich im Moment unmöglich.',
      ],
    },
    fr: {
      good: 'Bonjour Jane Doe,\n\nmerci pour votre invitation à un entretien. Je dois cependant décliner cet entretien.\n\n%\n\nJe vous souhaite beaucoup de succès et espère rester en contact.\n\nCordialement,\nAlex',
      bad: [
        'Votre salaire est bien trop bas pour moi.',
        'Les avis négatifs sur votre entreprise m’ont fait réfléchir.',
        'Franchement, votre processus de recrutement était désorganisé.',
        'Je ne suis pas intéressé par ce poste.',
        'L’ambiance de votre équipe m’a paru toxique.',
        'Votre manager a été méprisant.',
      ],
      fine: [
        'Je suis malheureusement malade et dois prendre quelques jours de repos.',
        'Votre offre n’est pas mauvaise, mais j’ai déjà accepté un autre poste.',
        'Je vous prie de m’excuser pour ce contretemps.',
      ],
    },
    es: {
      good: 'Buenos días, Jane Doe:\n\ngracias por la invitación a la entrevista. Sin embargo, debo declinarla.\n\n%\n\nLe deseo mucho éxito y espero seguir en contacto.\n\nAtentamente,\nAlex',
      bad: [
        'Su oferta salarial es demasiado baja para mí.',
        'He leído malas opiniones sobre su empresa.',
        'Sinceramente, su proceso de selección fue desorganizado.',
        'No estoy interesado en el puesto.',
        'El ambiente de su equipo me pareció tóxico.',
        'La actitud de su responsable fue despectiva.',
      ],
      fine: [
        'Lamentablemente, no me encuentro bien de salud.',
        'Su oferta no es mala, pero ya he aceptado otro puesto.',
        'Disculpe las molestias.',
      ],
    },
  };
  for (const [language, c] of Object.entries(cases)) {
    it(`${language}: the good letter passes`, () => {
      expect(checkTact(c.good.replace('%', c.fine[0] ?? ''), { intent: 'decline', contactName: 'Jane Doe' })).toEqual([]);
    });
    for (const bad of c.bad) {
      it(`${language}: flags “${bad}”`, () => {
        const body = c.good.replace('%', bad);
        const f = checkTact(body, { intent: 'decline', contactName: 'Jane Doe' }).find((x) => x.rule === 'negativity');
        expect(f?.severity).toBe('error');
        expect(f && body.slice(f.span[0], f.span[1]).length).toBeGreaterThan(2);
      });
    }
    it(`${language}: the candidate’s own situation, a negated word and an apology are not criticism`, () => {
      for (const fine of c.fine) expect(rules(c.good.replace('%', fine)), fine).not.toContain('negativity');
    });
  }
});

describe('untyped-data (issue 13): a link, address, account or phone number the user did not type', () => {
  const base = 'Hi Jane,\n\nThank you for inviting me. I have decided to decline the interview.\n\n%\n\nI hope our paths cross again.\n\nBest wishes,\nAlex Morgan\n+44 7700 900123';
  const typed = ['Alex Morgan', '+44 7700 900123', 'alex@example.org'];
  const check = (line: string, t: readonly string[] | null = typed) => {
    const body = base.replace('%', line);
    return { body, found: checkTact(body, { intent: 'decline', contactName: 'Jane Doe', ...(t ? { typed: t } : {}) }).filter((f) => f.rule === 'untyped-data') };
  };

  for (const [line, run] of [
    ['Please log in at https://evil.example/login to confirm.', 'https://evil.example/login'],
    ['See www.evil.example for details.', 'www.evil.example'],
    ['Write to hr-payments@evil.example today.', 'hr-payments@evil.example'],
    ['My fee goes to GB33 BUKB 2020 1555 5555 55 as agreed.', 'GB33 BUKB 2020 1555 5555 55'],
    ['Please wire it to DE89370400440532013000.', 'DE89370400440532013000'],
    ['Call me on 030 1234 5678 instead.', '030 1234 5678'],
  ] as const) {
    it(`flags “${run}”, with its span`, () => {
      const { body, found } = check(line);
      expect(found).toHaveLength(1);
      expect(found[0]?.severity).toBe('error');
      expect(body.slice(found[0]?.span[0], found[0]?.span[1])).toBe(run);
    });
  }

  it('leaves alone what the user typed, in any spacing, and dates, times and short numbers', () => {
    expect(check('You can reach me at alex@example.org or +44 7700 900 123.').found).toEqual([]);
    expect(check('Could we meet on 12.05.2026 or 2026-05-14, 14:00–16:00, in room 204?').found).toEqual([]);
    // The signature's phone number in the body is the user's own.
    expect(check('').found).toEqual([]);
  });

  it('is silent when the caller does not say what the user typed', () => {
    expect(check('Log in at https://evil.example/login.', null).found).toEqual([]);
  });

  it('a link from the invitation never reaches an accept draft: it is pointed to, not repeated', () => {
    for (const language of ['en', 'de', 'fr', 'es']) {
      for (const location of ['https://evil.example/login', 'Call +1 555 123 4567', 'pay@evil.example']) {
        for (const format of ['video', 'phone', 'onsite', ''] as const) {
          const d = renderDraft({ intent: 'accept', reason: 'no_reason', tone: 'formal', language, seed: 0, vars: { ...FULL_VARS, format, location } });
          expect(d.body).not.toContain(location);
          expect(checkTact(d.body, { intent: 'accept', contactName: 'Jane Doe', typed: ['Alex Morgan', FULL_VARS.signature] })).toEqual([]);
        }
      }
    }
  });
});
