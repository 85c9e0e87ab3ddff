// Issue 16, "“Another wording” really varies (≥ 3 phrasings per slot where the language allows)":
// every language × register × tone × intent × reason × situation, seeds 0, 1, 2. The picker is
// wrapped to record each slot's table and choice, so the test sees every table a draft uses.
import { describe, expect, it, vi } from 'vitest';
import type { DraftVariables, Intent, Register } from '../../../src/shared/types';
import { checkTact, INTENTS, REASONS_BY_INTENT, renderDraft, TONES } from '../../../src/templates';
import { FULL_VARS, NOW } from './fixtures';
import { DISTANCE, ONE_TIME } from './contradiction-words';

interface Pick { slot: string; options: readonly unknown[]; index: number }
const log: Pick[] = [];

vi.mock('../../../src/templates/variants', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../../src/templates/variants')>();
  return {
    ...orig,
    makePicker(seed: number) {
      const pick = orig.makePicker(seed);
      return <T,>(slot: string, options: readonly T[]): T => {
        const chosen = pick(slot, options);
        log.push({ slot, options, index: options.indexOf(chosen) });
        return chosen;
      };
    },
  };
});

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
const REGISTERS: readonly Register[] = ['formal', 'informal'];
/** it, nl, pt write the three main letters; their other intents are the English ones (tested under en). */
const INTENTS_OF: Record<string, readonly Intent[]> = { it: ['decline', 'reschedule', 'withdraw'], nl: ['decline', 'reschedule', 'withdraw'], pt: ['decline', 'reschedule', 'withdraw'] };

const one: Partial<DraftVariables> = { ...FULL_VARS };
const SITUATIONS: Record<string, Partial<DraftVariables>> = {
  'one time, video link': one,
  'nothing known': {},
  'late, on site, remote asked': { ...FULL_VARS, lateReply: true, askRemote: true, format: 'onsite', location: 'Main Street 1, Leeds' },
  'several offered, none chosen': { ...FULL_VARS, interviewTime: '', noneOfOffered: true, proposedSlots: [], schedulingLink: '' },
  'booking link, not booked': { ...FULL_VARS, interviewTime: '', bookingLink: true, proposedSlots: [] },
  'booking link, booked, phone': { ...FULL_VARS, interviewTime: '', bookingLink: true, booked: true, format: 'phone', proposedSlots: [] },
  'place, format unknown': { ...FULL_VARS, format: '', location: 'Main Street 1, Leeds', referralName: '' },
  'video without link': { ...FULL_VARS, format: 'video', location: '' },
  'on site, no place': { ...FULL_VARS, format: 'onsite', location: '', lateReply: true },
};

/**
 * Slots that keep fewer than three phrasings because the language does not allow more:
 * the one-line link under a list of times (a pointer, not a sentence), and English's fixed
 * "Hello," / "Dear …," forms are not picked at all.
 */
const FEWER_ALLOWED = /\.resched\.slotslink$/;

function picksFor(request: Parameters<typeof renderDraft>[0]): { body: string; picks: Pick[] } {
  log.length = 0;
  const body = renderDraft(request).body;
  return { body, picks: log.splice(0) };
}

describe('“Another wording” really varies, in every reply language', () => {
  for (const language of LANGUAGES) {
    it(`${language}: seeds 0, 1, 2 give three drafts, every slot has ≥ 3 phrasings and the three seeds pick three of them`, () => {
      const small = new Map<string, number>();
      const dupes = new Set<string>();
      const same: string[] = [];
      let checked = 0;
      for (const intent of INTENTS_OF[language] ?? INTENTS)
        for (const reason of REASONS_BY_INTENT[intent])
          for (const tone of TONES)
            for (const register of REGISTERS)
              for (const [situation, vars] of Object.entries(SITUATIONS)) {
                const label = `${language} ${intent}/${reason}/${tone}/${register} (${situation})`;
                const runs = [0, 1, 2].map((seed) => picksFor({ intent, reason, tone, register, language, seed, vars }));
                if (new Set(runs.map((r) => r.body)).size !== 3) same.push(label);
                const bySlot = new Map<string, Pick[]>();
                for (const r of runs) for (const p of r.picks) bySlot.set(p.slot, [...(bySlot.get(p.slot) ?? []), p]);
                for (const [slot, ps] of bySlot) {
                  const first = ps[0]!;
                  if (new Set(first.options).size !== first.options.length) dupes.add(`${slot}/${tone}/${register}`);
                  if (first.options.length < 3) {
                    if (!FEWER_ALLOWED.test(slot)) small.set(`${slot}/${tone}/${register}`, first.options.length);
                    continue;
                  }
                  // Picked once per draft with the same table: three seeds, three different phrasings.
                  if (ps.length === 3 && ps.every((p) => p.options.join('\n') === first.options.join('\n'))) {
                    expect(new Set(ps.map((p) => p.index)).size, `${label}: ${slot}`).toBe(3);
                    checked++;
                  }
                }
              }
      expect([...small].map(([k, n]) => `${k}: ${n}`), 'slots with fewer than three phrasings').toEqual([]);
      expect([...dupes], 'slots listing the same phrasing twice').toEqual([]);
      expect(same, 'seeds 0, 1, 2 giving the same draft twice').toEqual([]);
      expect(checked).toBeGreaterThan(500);
    });
  }
});

/** "None of the times you offered": what a reschedule says against several offered times or a booking link. */
const NONE_OF: Record<Lang, RegExp> = {
  en: /none of the|any of the (?:proposed|suggested|offered) times/i, de: /kein\p{L}* der vorgeschlagenen|die vorgeschlagenen/iu, fr: /aucun des créneaux/i, es: /ninguno de los horarios/i,
  it: /nessuno degli orari/i, nl: /geen van de voorgestelde/i, pt: /nenhum dos horários/i,
};
const CHANGE: Record<Lang, RegExp> = { en: /the change/i, de: /Änderung/i, fr: /changement/i, es: /el cambio/i, it: /cambiamento/i, nl: /wijziging/i, pt: /mudança/i };
const HISTORY: Record<Lang, RegExp> = {
  en: /enjoyed|along the way|learn(?:ing|ed) (?:more )?about the (?:team|role)/i,
  de: /über (?:Ihr|euer) Team|im Laufe des Verfahrens|mehr über die Stelle erfahren/,
  fr: /découvrir (?:votre|ton) équipe|nos échanges|nos premiers échanges|en apprendre davantage/i,
  es: /conociendo mejor a (?:su|tu) equipo|a lo largo del proceso|durante el proceso|conocer más sobre/i,
  it: /conoscere meglio|nostri scambi|durante il processo/i,
  nl: /contact met (?:uw|jullie) team|gesprekken|kennismaking|meer over de functie gehoord/i,
  pt: /conhecer melhor|destas semanas|durante o processo/i,
};
const CONFIRM: Partial<Record<Lang, RegExp>> = { en: /confirm/i, de: /bestätig/i, fr: /confirm/i, es: /confirm/i };

type Lang = (typeof LANGUAGES)[number];
const FORMATS = ['', 'onsite', 'video', 'phone'] as const;
const TIMES: Record<string, Partial<DraftVariables>> = {
  'one time set': {},
  'several offered, none chosen': { interviewTime: '', noneOfOffered: true, proposedSlots: [], schedulingLink: '' },
  'a booking link, not booked': { interviewTime: '', bookingLink: true, proposedSlots: [] },
  'a booking link, booked': { interviewTime: '', bookingLink: true, booked: true, proposedSlots: [] },
};

describe('drafts that cannot contradict the email, in every reply language (format × offered times × intent × reason)', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every phrasing the seeds reach fits the format and the times, and passes the tact checker`, () => {
      let drafts = 0;
      for (const intent of INTENTS_OF[language] ?? INTENTS)
        for (const reason of REASONS_BY_INTENT[intent])
          for (const format of FORMATS)
            for (const [times, timeVars] of Object.entries(TIMES))
              for (const tone of TONES)
                for (const register of REGISTERS)
                  for (const seed of [0, 1, 2, 3]) {
                    const vars = { ...FULL_VARS, format, location: format === 'onsite' ? 'Main Street 1, Leeds' : format === 'video' ? FULL_VARS.location : '', askRemote: true, ...timeVars };
                    const label = `${language} ${intent}/${reason}/${format || 'format unknown'}/${times}/${tone}/${register}/${seed}`;
                    const { body, picks } = picksFor({ intent, reason, tone, register, language, seed, vars });
                    const slots = picks.map((p) => p.slot);
                    const remote = format === 'video' || format === 'phone';
                    const offered = times !== 'one time set';
                    if (remote && reason === 'logistics') expect(body, label).not.toMatch(DISTANCE[language]);
                    // Never "would a video interview be possible" when it is one already.
                    if (remote) expect(slots.filter((s) => /\.decline\.(?:remote|ask)$/.test(s)), label).toEqual([]);
                    if (offered && (reason === 'conflict' || reason === 'travel')) expect(body, label).not.toMatch(ONE_TIME[language]);
                    if (intent === 'reschedule') {
                      expect(body, label).not.toMatch(CHANGE[language]);
                      if (offered) {
                        expect(body, label).toMatch(NONE_OF[language]);
                        expect(slots.some((s) => s.endsWith('.resched.decision')), `${label}: “I can’t make the interview” against no fixed time`).toBe(false);
                      }
                    }
                    if (intent === 'decline' && ['no_reason', 'other_offer', 'not_a_fit'].includes(reason)) expect(body, label).not.toMatch(HISTORY[language]);
                    const confirm = CONFIRM[language];
                    if (intent === 'accept' && offered && !vars.booked && confirm) expect(body, label).not.toMatch(confirm);
                    expect(checkTact(body, { intent, contactName: FULL_VARS.contactName, receivedAt: NOW, now: NOW }), `${label}\n${body}`).toEqual([]);
                    drafts++;
                  }
      expect(drafts).toBeGreaterThan(1000);
    }, 120_000);
  }
});
