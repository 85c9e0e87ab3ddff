// Register follows the recruiter (issue 17): the analysis reads how the invitation addresses the
// candidate, and the pure first-draft mapping answers in kind — tone, greeting, Sie or du.
import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../../src/analysis';
import { defaultToneFor, draftVariables, firstDraftRequest, initialFields, replyRegister } from '../../../src/shared/first-draft';
import { defaultSettings } from '../../../src/shared/settings';
import type { EmailInput } from '../../../src/shared/types';
import { renderDraft } from '../../../src/templates';

const NOW = new Date('2026-03-02T12:00:00Z');
const mail = (body: string, subject = 'Einladung zum Vorstellungsgespräch', fromName = 'Katrin Hoffmann'): EmailInput => ({
  subject, fromName, fromEmail: 'k.hoffmann@nordwind.example', body, receivedAt: '2026-03-02T09:00:00Z',
});

const formalDe = mail(
  'Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Junior Controller. Wir möchten Sie gern zu einem Vorstellungsgespräch am 10. März um 14:00 Uhr einladen. Bitte bestätigen Sie uns den Termin.\n\nMit freundlichen Grüßen\nFrau Katrin Hoffmann\nPersonalabteilung, Nordwind Logistik GmbH',
);
const informalDe = mail(
  'Hallo Julian,\n\ndanke für deine Bewerbung als Junior Controller! Wir würden dich gern zu einem Gespräch am 10. März um 14:00 Uhr einladen. Passt dir das?\n\nViele Grüße\nKatrin Hoffmann\nNordwind Logistik',
);

describe('register follows the recruiter', () => {
  it('the analysis reads Sie and "Frau Hoffmann"; the first draft greets her by title and stays formal', () => {
    const a = analyzeEmail(formalDe);
    expect(a.address).toEqual({ register: 'formal', contactGender: 'female', contactTitle: '' });
    const settings = { ...defaultSettings(), candidateName: 'Julian Lee' };
    const { request } = firstDraftRequest('decline', a, formalDe, settings, NOW);
    expect(request.register).toBe('formal');
    expect(request.tone).toBe('formal');
    const body = renderDraft(request).body;
    expect(body.split('\n')[0]).toBe('Sehr geehrte Frau Hoffmann,');
    expect(body).toMatch(/\bIhnen\b|\bSie\b/);
    expect(body).not.toMatch(/\b(du|dir|dich|dein\w*)\b/i);
  });

  it('an invitation that says du gets du, the first name and the warm tone', () => {
    const a = analyzeEmail(informalDe);
    expect(a.address?.register).toBe('informal');
    const { request } = firstDraftRequest('decline', a, informalDe, { ...defaultSettings(), defaultTone: 'formal' }, NOW);
    expect(request).toMatchObject({ register: 'informal', tone: 'warm' });
    const body = renderDraft(request).body;
    expect(body.split('\n')[0]).toBe('Hallo Katrin,');
    expect(body).not.toMatch(/\b(Sie|Ihnen|Ihre?)\b/);
  });

  it('without a readable register the user’s default tone stays, and brief stays brief', () => {
    expect(defaultToneFor({ defaultTone: 'warm' }, null)).toBe('warm');
    expect(replyRegister(null)).toBeUndefined();
    const a = analyzeEmail(formalDe);
    expect(defaultToneFor({ defaultTone: 'brief' }, a)).toBe('brief');
    expect(defaultToneFor({ defaultTone: 'warm' }, a)).toBe('formal');
  });

  it('drops the signer’s gender when the user changes the contact to someone else', () => {
    const a = analyzeEmail(formalDe);
    const settings = defaultSettings();
    const fields = initialFields(a, formalDe, settings, NOW);
    expect(draftVariables(fields, settings, a, formalDe).contactGender).toBe('female');
    const edited = draftVariables({ ...fields, contactName: 'Julia Schmidt' }, settings, a, formalDe);
    expect(edited.contactGender).toBeUndefined();
    const body = renderDraft({ intent: 'decline', reason: 'other_offer', tone: 'formal', language: 'de', seed: 0, register: 'formal', vars: edited }).body;
    expect(body.split('\n')[0]).toBe('Guten Tag Julia Schmidt,');
  });

  it('French and Spanish, and English "Hi Sam" versus "Dear Ms. Morgan"', () => {
    const fr = analyzeEmail(mail('Bonjour Julien,\n\nmerci pour ta candidature ! Est-ce que tu serais dispo mardi 10 mars à 14 h pour un entretien ?\n\nÀ bientôt,\nCamille Durand', 'Entretien'));
    expect(fr.address?.register).toBe('informal');
    const es = analyzeEmail(mail('Estimado Sr. Lee:\n\nLe escribimos para invitarle a una entrevista el martes 10 de marzo a las 14:00. Su candidatura nos ha interesado mucho.\n\nAtentamente,\nSra. Lucía García', 'Entrevista', 'Lucía García'));
    expect(es.address).toEqual({ register: 'formal', contactGender: 'female', contactTitle: '' });
    const hi = analyzeEmail(mail('Hi Sam,\n\nThanks for applying! Are you free for a chat on Tuesday at 2pm?\n\nCheers,\nJane Doe (she/her)', 'Quick chat', 'Jane Doe'));
    expect(hi.address).toEqual({ register: 'informal', contactGender: 'female', contactTitle: '' });
    const { request } = firstDraftRequest('decline', hi, null, defaultSettings(), NOW);
    expect(renderDraft(request).body.split('\n')[0]).toMatch(/^(Hi|Dear) Jane,$/);
  });
});
