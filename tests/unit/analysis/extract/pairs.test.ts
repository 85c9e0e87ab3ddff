import { describe, expect, test } from 'vitest';
import { rolePair } from '../../../../src/analysis/extract/pairs';
import { titleRole } from '../../../../src/analysis/extract/title';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput } from '../../../../src/shared/types';

// Invented examples of the role and company named together, and of an interview's title.
const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('the role and the company named together (src/analysis/extract/pairs.ts)', () => {
  test.each([
    ['Thanks for applying for the Junior Tax Analyst position at Maplewick Partners. We', 'Junior Tax Analyst', 'Maplewick Partners'],
    ['Ihre Bewerbung als Werkstudent Controlling bei Kornfeld Mühlenwerke hat uns gefallen.', 'Werkstudent Controlling', 'Kornfeld Mühlenwerke'],
    ['Votre candidature au poste de Chargée de clientèle chez Brume Assurances a retenu notre attention.', 'Chargée de clientèle', 'Brume Assurances'],
    ['Ci interessa la tua candidatura per la posizione di Addetto logistica presso Vetreria Collina.', 'Addetto logistica', 'Vetreria Collina'],
    ['Bedankt voor je sollicitatie voor de functie van Medewerker planning bij Duinrand Transport.', 'Medewerker planning', 'Duinrand Transport'],
  ])('%s', (text, role, company) => {
    expect(rolePair(text)).toEqual({ role, company });
  });

  test('the shortest role wins when an earlier phrase overlaps it', () => {
    expect(rolePair('one of the people for the Data Engineer position at Quillmoor Labs')?.role).toBe('Data Engineer');
  });

  test('after "en", "em", "w" the company must be named again or spell the sender\'s domain: else it may be a city', () => {
    expect(rolePair('el puesto de Camarero en Valdemoro.')).toBeUndefined();
    expect(rolePair('el puesto de Técnico de redes en Ondanet. Ondanet es')?.company).toBe('Ondanet');
    expect(rolePair('el puesto de Técnico de redes en Ondanet.', 'mail.ondanet.es')?.company).toBe('Ondanet');
  });

  test('a role that reads like no job title, or a person after "at", gives nothing', () => {
    expect(rolePair('for the Monday slot at Quillmoor Labs')).toBeUndefined();
    expect(rolePair('for the Data Engineer position at Hannah Berg')).toBeUndefined();
  });
});

describe('the role in an interview title (src/analysis/extract/title.ts)', () => {
  test.each([
    ['Interview: Junior Tax Analyst', 'Junior Tax Analyst'],
    ['Second interview - Fleet Coordinator: Date updated', 'Fleet Coordinator'],
    ['Vorstellungsgespräch Sachbearbeiterin Einkauf', 'Sachbearbeiterin Einkauf'],
    ['Il tuo appuntamento "Colloquio conoscitivo – Addetta vendite" con Marta', 'Addetta vendite'],
    ['Twoje spotkanie "Rozmowa kwalifikacyjna – Kierownik zmiany" z', 'Kierownik zmiany'],
    ['Entrevista - Posición de Analista contable', 'Analista contable'],
  ])('%s', (text, role) => {
    expect(titleRole([text])).toBe(role);
  });

  test('no role after an interview noun that is followed by a time, a person, a place or a department', () => {
    for (const t of ['Interview on Monday at 10:00', 'interview with Jane Doe', 'interview at our office', 'Interview HR', 'Rozmowa rekrutacyjna online', 'Interview Scheduled']) expect(titleRole([t])).toBe('');
  });
});

describe('the extractors read both first', () => {
  test('an email naming "the X position at Y" gives that role and company', () => {
    const f = prepare({ ...base, fromName: 'Priya Lal', fromEmail: 'priya@recruit-mail.example', body: 'Dear Sam,\n\nThank you for your application for the Fleet Coordinator position at Harrowgate Haulage. We would like to invite you to an interview.\n\nBest regards,\nPriya Lal' }).fields;
    expect(f.role).toBe('Fleet Coordinator');
    expect(f.company).toBe('Harrowgate Haulage');
  });
  test('a short bracket after a labelled role belongs to it, a gender mark does not', () => {
    const role = (line: string): string => prepare({ ...base, body: `Hello,\n\n${line}\nDate: 9 March 2026, 10:00\n\nBest regards,\nAna` }).fields.role;
    expect(role('Role: Platform Engineer (Rust)')).toBe('Platform Engineer (Rust)');
    expect(role('Position: Lagerist (m/w/d)')).toBe('Lagerist');
  });
  test('a person with name particles is never the company', () => {
    const f = prepare({ ...base, fromName: 'Maarten van der Berg', fromEmail: 'noreply@cloud.example', subject: 'Je afspraak met Maarten van der Berg', body: 'Beste Sam,\n\nAfspraak met: Maarten van der Berg\nDatum: 14 december 2026 om 13:00' }).fields;
    expect(f.company).not.toMatch(/maarten/i);
  });
});

describe('an interview stage is no role', () => {
  test('"Interview: Hiring Manager", "Interview – Technical Round", "Interview: Recruiter Screen" give no role', () => {
    for (const t of ['Interview: Hiring Manager', 'Interview – Technical Round', 'Interview: Recruiter Screen', 'Vorstellungsgespräch – zweite Runde']) expect(titleRole([t])).toBe('');
  });
});

describe('a title role in running text ends before the sentence goes on', () => {
  test.each([
    ['Te recordamos tu entrevista para Auxiliar de almacén en nuestras oficinas.', 'Auxiliar de almacén'],
    ['Lembrete: sua entrevista para Analista de Sistemas amanhã às 10h.', 'Analista de Sistemas'],
    ['We need to move your interview for the Payroll Administrator opening to Friday.', 'Payroll Administrator'],
  ])('%s', (text, role) => {
    expect(titleRole([text])).toBe(role);
  });
});
