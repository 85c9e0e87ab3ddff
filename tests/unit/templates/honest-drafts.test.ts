// Issue 16, "honest defaults" and "drafts that cannot contradict the email": over the matrix of
// intent × reason × format × offered times, in every reply language, tone, register and seed,
// the draft asserts nothing the user did not choose and nothing the email rules out.
import { describe, expect, it } from 'vitest';
import type { DraftVariables, Intent, InterviewFormat, Reason, Register } from '../../../src/shared/types';
import { REASONS_BY_INTENT, renderDraft, TONES } from '../../../src/templates';
import { defaultSettings } from '../../../src/shared/settings/schema';
import { defaultReasonFor, draftVariables, firstDraftRequest, initialFields, offeredSlots } from '../../../src/shared/first-draft';
import { FULL_VARS } from './fixtures';
import { DISTANCE, ONE_TIME } from './contradiction-words';

const ALL_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
type Lang = (typeof ALL_LANGUAGES)[number];
const REGISTERS: readonly Register[] = ['formal', 'informal'];
const SEEDS = [0, 1, 2, 3, 4, 5];

function* drafts(intent: Intent, reason: Reason, languages: readonly Lang[], vars: Partial<DraftVariables>) {
  for (const language of languages)
    for (const tone of TONES)
      for (const register of REGISTERS)
        for (const seed of SEEDS) {
          const d = renderDraft({ intent, reason, tone, language, register, seed, vars });
          yield { language, label: `${language} ${intent}/${reason}/${tone}/${register}/${seed}`, body: d.body, warnings: d.warnings };
        }
}


describe('no reason is assumed', () => {
  it('the default settings and every intent with reasons start from “no reason given”', () => {
    expect(defaultSettings().defaultReason).toBe('no_reason');
    for (const intent of ['decline', 'withdraw', 'call_points', 'reschedule'] as const) {
      expect(REASONS_BY_INTENT[intent][0]).toBe('no_reason');
      expect(defaultReasonFor(intent, defaultSettings().defaultReason)).toBe('no_reason');
    }
  });

  it('a one-shot decline, withdrawal, call note or reschedule (right-click, command) states no reason in any language', () => {
    for (const language of ALL_LANGUAGES) {
      const settings = { ...defaultSettings(), language };
      for (const intent of ['decline', 'withdraw', 'call_points', 'reschedule'] as const) {
        const { request } = firstDraftRequest(intent, null, null, settings, new Date('2026-05-01T12:00:00Z'));
        expect(request.reason).toBe('no_reason');
        const body = renderDraft(request).body;
        const other = renderDraft({ ...request, reason: intent === 'reschedule' ? 'conflict' : 'other_offer' }).body;
        expect(body, `${language} ${intent}`).not.toBe(other);
        expect(body).not.toMatch(/another (?:offer|role|position)|anderes Angebot|andere Stelle|autre (?:offre|poste)|otra oferta|otro puesto|another role/i);
      }
    }
  });
});

describe('logistics speaks of timing, not distance, when the interview is by video or phone', () => {
  for (const format of ['video', 'phone'] as const) {
    for (const intent of ['decline', 'withdraw', 'call_points'] as const) {
      it(`${intent}, ${format}: no travel, no distance, no “would a video interview be possible”`, () => {
        const vars = { ...FULL_VARS, format, askRemote: true };
        const languages = intent === 'call_points' ? (['en', 'de', 'fr', 'es'] as const) : ALL_LANGUAGES;
        for (const d of drafts(intent, 'logistics', languages, vars)) {
          expect(d.body, d.label).not.toMatch(DISTANCE[d.language]);
        }
      });
    }
  }

  it('on site (or unknown), the same reason still speaks of the travel and may ask for a remote interview', () => {
    for (const format of ['onsite', ''] as const) {
      const body = renderDraft({ intent: 'decline', reason: 'logistics', tone: 'warm', language: 'en', seed: 0, vars: { ...FULL_VARS, format, askRemote: true } }).body;
      expect(body).toMatch(DISTANCE.en);
      expect(body).toMatch(/video/i);
    }
  });
});

describe('a reschedule against several offered times', () => {
  const several: Partial<DraftVariables> = { ...FULL_VARS, interviewTime: '', proposedSlots: [], schedulingLink: '', noneOfOffered: true };
  for (const reason of ['conflict', 'travel'] as const) {
    it(`${reason}: says “those times”, never “that date” or “at the same time”, and that none of them works`, () => {
      for (const d of drafts('reschedule', reason, ALL_LANGUAGES, several)) {
        expect(d.body, d.label).not.toMatch(ONE_TIME[d.language]);
      }
      const en = renderDraft({ intent: 'reschedule', reason, tone: 'warm', language: 'en', seed: 0, vars: several }).body;
      expect(en).toMatch(/none of the (?:times|proposed times)/i);
    });
  }

  it('a booking link and no time set: the draft does not say “I can’t make the interview”', () => {
    const link: Partial<DraftVariables> = { ...FULL_VARS, interviewTime: '', proposedSlots: [], schedulingLink: '', bookingLink: true };
    for (const reason of REASONS_BY_INTENT.reschedule) {
      for (const d of drafts('reschedule', reason, ['en'], link)) {
        expect(d.body, d.label).not.toMatch(/can(?:no|')t make the interview|unable to attend the interview|not able to attend the interview/i);
        expect(d.body, d.label).not.toMatch(ONE_TIME.en);
      }
    }
  });

  it('apologises for the inconvenience, never “for the change” (nothing was agreed)', () => {
    const CHANGE: Record<Lang, RegExp> = {
      en: /the change/i, de: /Änderung/i, fr: /changement/i, es: /el cambio/i, it: /cambiamento/i, nl: /wijziging/i, pt: /mudança/i,
    };
    for (const reason of REASONS_BY_INTENT.reschedule) {
      for (const d of drafts('reschedule', reason, ALL_LANGUAGES, FULL_VARS)) expect(d.body, d.label).not.toMatch(CHANGE[d.language]);
    }
  });
});

describe('a decline with no reason claims no history', () => {
  it('never says it enjoyed meeting the team or the process (after a mere invitation)', () => {
    const HISTORY: Record<Lang, RegExp> = {
      en: /enjoyed|along the way|learn(?:ing|ed) (?:more )?about the team/i,
      de: /über (?:Ihr|euer) Team|im Laufe des Verfahrens/,
      fr: /découvrir (?:votre|ton) équipe|nos échanges|nos premiers échanges/i,
      es: /conociendo mejor a (?:su|tu) equipo|a lo largo del proceso|durante el proceso/i,
      it: /conoscere meglio il (?:Suo|tuo) team|nostri scambi|durante il processo/i,
      nl: /contact met (?:uw|jullie) team|gesprekken|kennismaking/i,
      pt: /conhecer melhor a sua equipe|destas semanas|durante o processo/i,
    };
    for (const reason of ['no_reason', 'other_offer', 'not_a_fit'] as const) {
      for (const d of drafts('decline', reason, ALL_LANGUAGES, FULL_VARS)) expect(d.body, d.label).not.toMatch(HISTORY[d.language]);
    }
  });
});

describe('accept confirms the time the user chose', () => {
  const CONFIRM: Record<'en' | 'de' | 'fr' | 'es', RegExp> = { en: /confirm/i, de: /bestätig/i, fr: /confirm/i, es: /confirm/i };
  const LANGS4 = ['en', 'de', 'fr', 'es'] as const;

  it('several times offered and none chosen: no confirmation of a time, and a note asks to choose', () => {
    const vars = { ...FULL_VARS, interviewTime: '', noneOfOffered: true };
    for (const d of drafts('accept', 'no_reason', LANGS4, vars)) {
      expect(d.body, d.label).not.toMatch(CONFIRM[d.language as 'en']);
      expect(d.warnings).toContain('Several times were offered: choose the one you accept, and the draft confirms it.');
    }
  });

  it('one of them chosen: the draft names that date and time', () => {
    const vars = { ...FULL_VARS, interviewTime: 'Wednesday 11 March at 10:00 CET', noneOfOffered: false };
    for (const d of drafts('accept', 'no_reason', LANGS4, vars)) {
      expect(d.body, d.label).toContain('Wednesday 11 March at 10:00 CET');
    }
  });

  it('a booking link: “I will book” until the user says they booked, then “I have booked”; never a fake confirmation', () => {
    const open = { ...FULL_VARS, interviewTime: '', bookingLink: true };
    for (const d of drafts('accept', 'no_reason', LANGS4, open)) {
      expect(d.body, d.label).not.toMatch(CONFIRM[d.language as 'en']);
      expect(d.warnings[0]).toMatch(/book a time through it first/);
    }
    const en = (booked: boolean) => renderDraft({ intent: 'accept', reason: 'no_reason', tone: 'warm', language: 'en', seed: 0, vars: { ...open, booked } }).body;
    expect(en(false)).toMatch(/I will (?:book|pick|choose) a (?:time|slot)/);
    expect(en(false)).not.toMatch(/I have (?:booked|picked)/);
    expect(en(true)).toMatch(/I have (?:already )?(?:booked|picked) a (?:time|slot)/);
  });

  it('the format is the one in the fields (read from the email, editable): on site is not a phone call', () => {
    const analysis = {
      invitation: true, confidence: 0.9, kind: 'invitation' as const, signals: [], language: 'en',
      fields: { company: 'Northwind', role: 'Backend Engineer', contactName: 'Tom Becker', proposedTimes: ['2026-03-10T14:00'], timezone: 'CET', format: 'phone' as InterviewFormat, schedulingLink: '', location: '' },
    };
    const settings = defaultSettings();
    const fields = initialFields(analysis, null, settings);
    expect(fields.format).toBe('phone');
    const vars = draftVariables({ ...fields, format: 'onsite', location: 'Am Sandtorkai 12, Hamburg' }, settings, analysis, null);
    const body = renderDraft({ intent: 'accept', reason: 'no_reason', tone: 'warm', language: 'en', seed: 0, vars }).body;
    expect(body).toMatch(/in person/);
    expect(body).toContain('Am Sandtorkai 12, Hamburg');
    expect(body).not.toMatch(/phone/i);
  });

  it('lists the offered times in the reply’s words, with the user’s own clock beside the invitation’s zone', () => {
    const analysis = {
      invitation: true, confidence: 0.9, kind: 'invitation' as const, signals: [], language: 'en',
      fields: { company: '', role: '', contactName: '', proposedTimes: ['2026-03-10T14:00', '2026-03-11T10:00'], timezone: 'CET', format: '' as InterviewFormat, schedulingLink: '', location: '' },
    };
    const slots = offeredSlots(analysis, 'en', 'Europe/London');
    expect(slots.map((s) => s.value)).toEqual(['Tuesday 10 March at 14:00 CET', 'Wednesday 11 March at 10:00 CET']);
    expect(slots[0]?.label).toBe('Tuesday 10 March, 14:00 CET (13:00 my time)');
    // Several offered, none chosen: the first draft confirms none of them.
    const vars = draftVariables(initialFields(analysis, null, defaultSettings()), defaultSettings(), analysis, null);
    expect(vars).toMatchObject({ interviewTime: '', noneOfOffered: true });
  });
});

describe('the request crosses the message guard', () => {
  it('a first draft with a booking link, several offered times and a chosen format passes isDraftRequest', async () => {
    const { isDraftRequest } = await import('../../../src/shared/messages');
    const analysis = {
      invitation: true, confidence: 0.9, kind: 'invitation' as const, signals: [], language: 'en',
      fields: { company: 'Acme', role: 'Analyst', contactName: 'Jane Doe', proposedTimes: ['2026-03-10T14:00', '2026-03-11T10:00'], timezone: 'CET', format: 'onsite' as InterviewFormat, schedulingLink: 'https://calendly.com/acme', location: 'Main St 1' },
    };
    for (const intent of ['accept', 'reschedule', 'decline'] as const) {
      const { request } = firstDraftRequest(intent, analysis, null, defaultSettings());
      expect(isDraftRequest(request), intent).toBe(true);
    }
  });
});

describe('“Another wording” really varies (English main letters)', () => {
  it('three clicks give three different drafts, and the decision is said three ways', () => {
    const DECISION: Record<string, RegExp> = {
      decline: /(?:decline|not (?:to )?(?:go|proceed|take|going)[^.]*interview)[^.]*\./i,
      withdraw: /withdraw[^.]*\.|go ahead with the interview[^.]*\./i,
      reschedule: /(?:interview|another time|reschedule|moved)[^.?]*[.?]/i,
    };
    for (const intent of ['decline', 'withdraw', 'reschedule'] as const) {
      for (const tone of TONES) {
        for (const reason of REASONS_BY_INTENT[intent]) {
          const bodies = [0, 1, 2].map((seed) => renderDraft({ intent, reason, tone, language: 'en', seed, vars: FULL_VARS }).body);
          expect(new Set(bodies).size, `${intent}/${tone}/${reason}`).toBe(3);
          const decisions = bodies.map((b) => (b.split('\n\n')[1] ?? '').split(/(?<=[.?!])\s+/).find((x) => DECISION[intent]!.test(x)) ?? '');
          expect(new Set(decisions).size, `${intent}/${tone}/${reason}: ${decisions.join(' | ')}`).toBe(3);
        }
      }
    }
  });
});

describe('“Another wording” says the decline three ways in every reply language', () => {
  it('three clicks, three decisions, in both registers', () => {
    const DECISION: Record<string, RegExp> = {
      de: /absage|nicht wahrzunehmen/i, fr: /donner suite|décliner|poursuivre|renonce/i, es: /declin|seguir adelante|continuar/i,
      it: /rinunci|non proseguire/i, nl: /af te zeggen|afzeggen|zeg het gesprek|niet verder|zie ik/i, pt: /declin|não seguir|não continuar/i,
    };
    for (const language of ['de', 'fr', 'es', 'it', 'nl', 'pt'] as const) {
      for (const tone of TONES) {
        for (const register of REGISTERS) {
          const decisions = [0, 1, 2].map((seed) => {
            const first = renderDraft({ intent: 'decline', reason: 'not_a_fit', tone, register, language, seed, vars: FULL_VARS }).body.split('\n\n')[1] ?? '';
            return first.split(/(?<=[.?!])\s+/).find((x) => DECISION[language]!.test(x)) ?? '';
          });
          expect(new Set(decisions).size, `${language}/${tone}/${register}: ${decisions.join(' | ')}`).toBe(3);
        }
      }
    }
  });
});
