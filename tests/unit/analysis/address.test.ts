// How the invitation addresses the candidate, and the signer's gender and title when the email
// shows them (issue 17): the reply's register and greeting follow the recruiter.
import { describe, expect, it } from 'vitest';
import { detectAddress, detectContact, detectRegister } from '../../../src/analysis/address';

describe('register of the invitation', () => {
  const cases: [string, string, string][] = [
    ['de', 'Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Gespräch einladen.', 'formal'],
    ['de', 'Hallo Sam,\n\nvielen Dank für Ihre Bewerbung! Wann passt es Ihnen?', 'formal'],
    ['de', 'Hallo Sam,\n\ndanke für deine Bewerbung! Hast du nächste Woche Zeit? Wir freuen uns auf dich.', 'informal'],
    ['de', 'Hallo Sam,\n\nwir laden zum Gespräch ein.', 'informal'],
    ['de', 'Guten Tag,\n\nanbei die Einladung zum Gespräch.', ''],
    ['fr', 'Madame,\n\nnous vous remercions pour votre candidature et souhaitons vous rencontrer.', 'formal'],
    ['fr', 'Bonjour Julien,\n\nmerci pour ta candidature ! Est-ce que tu serais dispo mardi ?', 'informal'],
    ['es', 'Estimada Sra. Morgan:\n\nLe escribimos para invitarla a una entrevista. Su candidatura nos interesa.', 'formal'],
    ['es', 'Hola Sam,\n\nte escribimos para invitarte a una entrevista. ¿Puedes el martes? Tu perfil nos encanta.', 'informal'],
    ['en', 'Dear Ms. Morgan,\n\nThank you for applying. We would like to invite you to interview.', 'formal'],
    ['en', 'Dear Alex Morgan,\n\nWe would like to invite you to interview.', 'formal'],
    ['en', 'Hi Sam,\n\nThanks for applying! Are you free on Tuesday?', 'informal'],
    ['en', 'Hello,\n\nWe would like to invite you to interview.', ''],
    ['it', 'Gentile Sig. Rossi,\n\nLa ringraziamo per la candidatura. Le scriviamo per invitarLa a un colloquio.', 'formal'],
    ['it', 'Ciao Marco,\n\ngrazie per la tua candidatura! Ti va di fare una chiacchierata?', 'informal'],
    ['nl', 'Geachte heer Jansen,\n\nHartelijk dank voor uw sollicitatie. Wij nodigen u graag uit.', 'formal'],
    ['nl', 'Hoi Sam,\n\nBedankt voor je sollicitatie! Heb jij dinsdag tijd?', 'informal'],
    ['pt', 'Prezada Sra. Silva,\n\nGostaríamos de convidá-la para uma entrevista.', 'formal'],
    ['xx', 'Sehr geehrter Herr Lee, Sie', ''],
  ];
  for (const [lang, text, want] of cases) {
    it(`${lang}: “${text.split('\n')[0]}” → ${want || 'unknown'}`, () => {
      expect(detectRegister(text, lang)).toBe(want);
    });
  }
});

describe('the signer as the email shows them', () => {
  it('takes the gender from a title right before the signer’s family name', () => {
    expect(detectContact('Ihre Ansprechpartnerin ist Frau Katrin Hoffmann.', 'Katrin Hoffmann')).toEqual({ contactGender: 'female', contactTitle: '' });
    expect(detectContact('Mit freundlichen Grüßen\nHerr Dr. Julian Lee', 'Julian Lee')).toEqual({ contactGender: 'male', contactTitle: 'Dr.' });
    expect(detectContact('Cordialement,\nMme Julie Martin\nChargée de recrutement', 'Julie Martin')).toEqual({ contactGender: 'female', contactTitle: '' });
    expect(detectContact('Atentamente,\nSra. Lucía García', 'Lucía García')).toEqual({ contactGender: 'female', contactTitle: '' });
    expect(detectContact('Best,\nDr. Priya Nair', 'Priya Nair')).toEqual({ contactGender: '', contactTitle: 'Dr.' });
    expect(detectContact('Best,\nJane Doe (she/her)\nTalent Partner', 'Jane Doe')).toEqual({ contactGender: 'female', contactTitle: '' });
  });

  it('never takes the candidate’s title for the signer’s, and never guesses from a first name', () => {
    expect(detectContact('Sehr geehrter Herr Lee,\n\nwir laden Sie ein.\n\nKatrin Hoffmann', 'Katrin Hoffmann')).toEqual({ contactGender: '', contactTitle: '' });
    expect(detectContact('Best,\nMaria Schmidt', 'Maria Schmidt')).toEqual({ contactGender: '', contactTitle: '' });
    expect(detectContact('Frau Hoffmann', '')).toEqual({ contactGender: '', contactTitle: '' });
  });

  it('puts both together', () => {
    const fresh = 'Sehr geehrter Herr Lee,\n\nwir möchten Sie zu einem Gespräch einladen.\n\nMit freundlichen Grüßen';
    expect(detectAddress(fresh, 'Frau Katrin Hoffmann\nHR', 'de', 'Katrin Hoffmann')).toEqual({ register: 'formal', contactGender: 'female', contactTitle: '' });
  });
});
