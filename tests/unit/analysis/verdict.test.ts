import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeEmail, currentModel } from '../../../src/analysis/index';
import { WHY_KEYS, englishWhy } from '../../../src/analysis/why';
import { decide } from '../../../src/analysis/verdict';
import { NAMED, type Features } from '../../../src/analysis/features';
import type { EmailInput } from '../../../src/shared/types';

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };
const invite: EmailInput = {
  ...base,
  subject: 'Interview invitation: Senior Analyst',
  fromName: 'Harborlight Recruiting',
  fromEmail: 'no-reply@greenhouse.io',
  body: 'Hi Sam,\n\nThank you for applying for the Senior Analyst role. We would like to invite you to a video interview with our hiring manager. Please let us know your availability next week, or book a time here: https://calendly.com/harborlight/interview\n\nBest,\nPriya Raman\nTalent Partner, Harborlight',
};

describe('the learned verdict and its reasons (src/analysis/verdict.ts)', () => {
  test('a plain invitation: verdict, button, reasons as message keys, signals their English text', () => {
    const a = analyzeEmail(invite);
    expect(a.invitation).toBe(true);
    expect(a.button).toBe(true);
    expect(a.unsure).toBe(false);
    expect(a.why?.length).toBeGreaterThan(0);
    for (const w of a.why ?? []) expect(WHY_KEYS).toContain(w.key);
    // The first reason speaks for the verdict, and the signals are the same reasons in English.
    expect(a.why?.[0]?.for).toBe(true);
    expect(a.signals[0]).toBe(englishWhy(a.why![0]!));
    expect(a.signals.length).toBe(a.why!.length);
  });

  test('a newsletter about interviews gets neither the verdict nor a confident button', () => {
    const a = analyzeEmail({ ...base, subject: 'This week: 10 interview questions to prepare', fromName: 'Career Weekly', fromEmail: 'news@careerweekly.example', body: 'In this issue: how to answer common interview questions, our interview with a hiring manager, and new jobs for you.\n\nRead more on our blog. Unsubscribe' });
    expect(a.invitation).toBe(false);
    expect(a.why?.[0]?.for).toBe(false);
  });

  test('the band between the two thresholds: the button shows, the analysis says it is not sure', () => {
    const m = currentModel();
    const a = analyzeEmail(invite, { ...m, thresholds: { verdict: 0.999999, button: 0.000001 } });
    expect(a.invitation).toBe(false);
    expect(a.button).toBe(true);
    expect(a.unsure).toBe(true);
    const b = analyzeEmail(invite, { ...m, thresholds: { verdict: 0.999999, button: 0.9999999 } });
    expect(b.button).toBe(false);
    expect(b.unsure).toBe(false);
  });

  test('no single word vetoes an invitation (the hand-set vetoes of the old detector are gone)', () => {
    expect(analyzeEmail(invite).invitation).toBe(true);
    for (const words of ['We are a university spin-off.', 'The salary is $85,000.', 'I am writing to follow up on your application.', 'You would report to the Editor at our newsroom.']) {
      const a = analyzeEmail({ ...invite, body: invite.body.replace('Thank you for applying', `${words} Thank you for applying`) });
      expect(a.invitation, words).toBe(true);
    }
  });

  test('reasons from the email are bounded text (a word n-gram is at most 40 characters, never a digit run)', () => {
    const a = analyzeEmail({ ...invite, body: `${invite.body}\n${'x'.repeat(300)} 123456789` });
    for (const w of a.why ?? []) for (const p of w.params ?? []) expect(p.length).toBeLessThanOrEqual(80);
  });
});

describe('every why key is in every locale', () => {
  const dir = new URL('../../../public/_locales/', import.meta.url);
  const locales = readdirSync(dir);
  test.each(locales)('%s/messages.json', (loc) => {
    const msgs = JSON.parse(readFileSync(new URL(`${loc}/messages.json`, dir), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    for (const k of WHY_KEYS) {
      const m = msgs[k];
      expect(m, `${loc}: ${k}`).toBeDefined();
      const wantsParam = englishWhy({ key: k, params: ['\u0001'], for: true }).includes('\u0001');
      expect(Object.keys(m?.placeholders ?? {}).length, `${loc}: ${k} placeholders`).toBe(wantsParam ? 1 : 0);
      if (wantsParam) expect(m?.message).toMatch(/\$\w+\$/);
    }
  });
});

describe('the kind (src/analysis/verdict.ts › decide)', () => {
  const slots: EmailInput = {
    ...base,
    subject: 'Next step: Backend Engineer interview at Northwind Logistics',
    fromName: 'Tom Becker',
    fromEmail: 'tom.becker@northwind-logistics.example',
    receivedAt: '2026-03-03T16:42:00',
    body: 'Hello Sam,\n\nThanks again for your time on the phone last Friday. The team would like to continue with a technical interview (about 90 minutes, on site at our Hamburg office, Am Sandtorkai 12).\n\nCould you let me know which of these slots works best for you?\n\n- Tuesday 10 March, 14:00 to 15:30 CET\n- Wednesday 11 March, 10:00 to 11:30 CET\n- Thursday 12 March, 16:00 to 17:30 CET\n\nYou will meet Anja Wolf (Engineering Manager) and two engineers from the routing team.\n\nKind regards,\nTom Becker\nRecruiter, Northwind Logistics',
  };

  test('several offered slots without a word about moving one are an invitation, not a reschedule', () => {
    const a = analyzeEmail(slots);
    expect(a.invitation).toBe(true);
    expect(a.kind).toBe('invitation');
    expect(a.fields.format).toBe('onsite');
  });

  test('a reschedule that says it moves the interview is still read as one', () => {
    const body = 'Hello Sam,\n\nUnfortunately we need to reschedule your interview on Monday: our interviewer is ill. Could you let me know which of these new slots works best for you?\n\n- Tuesday 10 March, 14:00 CET\n- Wednesday 11 March, 10:00 CET\n\nKind regards,\nTom Becker\nRecruiter, Northwind Logistics';
    const a = analyzeEmail({ ...slots, subject: 'Your interview needs to be rescheduled', body });
    expect(a.invitation).toBe(true);
    expect(a.kind).toBe('reschedule_by_company');
  });

  test('one calendar slot is an invitation unless the email says it confirms; a confirmation that says so is one', () => {
    const body = 'Hello Sam,\n\nTom Becker invited you to the meeting Technical interview - Backend Engineer.\n\nTuesday 10 March 2026, 14:00 (Europe/Berlin)\n\nLocation: Am Sandtorkai 12, Hamburg\n\nTom Becker\nRecruiter, Northwind Logistics';
    const a = analyzeEmail({ ...slots, subject: 'Invitation to Technical interview - Backend Engineer', body });
    expect(a.invitation).toBe(true);
    expect(a.kind).not.toBe('confirmation');
    const c = analyzeEmail({ ...slots, subject: 'Interview confirmation - Backend Engineer', body: body.replace('invited you to the meeting', 'is writing to confirm your interview,') });
    expect(c.invitation).toBe(true);
    expect(c.kind).toBe('confirmation');
  });

  test('a kind the softmax prefers is not given without its words (KIND_EVIDENCE): confirmation needs confirming words', () => {
    const m = currentModel();
    const ci = m.kind.classes.indexOf('confirmation');
    const bias = NAMED.indexOf('bias');
    const conf = NAMED.indexOf('f:confirmation');
    // A model whose kind softmax always prefers "confirmation" by a wide margin.
    const kindVectors = m.kind.vectors.map((_, c) => new Map(c === ci ? [[bias, 50]] : []));
    const rigged = { ...m, thresholds: { verdict: 0, button: 0 }, kind: { ...m.kind, vectors: kindVectors } };
    const x = (idx: number[]): Features => ({ idx: Int32Array.from(idx), val: Float32Array.from(idx.map(() => 1)), words: new Map() });
    const ctx = { fields: analyzeEmail(base).fields, links: [], fromEmail: '' };
    expect(decide(rigged, x([bias]), ctx).kind).not.toBe('confirmation');
    expect(decide(rigged, x([bias, conf].sort((a, b) => a - b)), ctx).kind).toBe('confirmation');
  });
});
