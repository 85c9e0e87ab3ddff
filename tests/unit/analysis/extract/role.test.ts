import { describe, expect, test } from 'vitest';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput, ExtractedFields } from '../../../../src/shared/types';

// The extraction rules' candidates, after the shape guard and before the learned confidence
// gate (tests/unit/analysis/fields/ tests the gate): these tests pin what each rule finds.
const extractFields = (e: EmailInput): ExtractedFields => prepare(e).fields;

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('the role (src/analysis/extract/role.ts)', () => {
  test('German, French, Spanish, Dutch and Portuguese roles', () => {
    const role = (body: string): string => extractFields({ ...base, body }).role;
    expect(role('vielen Dank für Ihre Bewerbung auf die Stelle als Junior Controller (m/w/d) bei uns.')).toBe('Junior Controller');
    expect(role('Votre candidature au poste de Chargé de communication a retenu notre attention.')).toBe('Chargé de communication');
    expect(role('Gracias por tu candidatura al puesto de Analista de Datos en Solaria.')).toBe('Analista de Datos');
    expect(role('Bedankt voor je sollicitatie op de functie van Financieel Administrateur.')).toBe('Financieel Administrateur');
    expect(role('Obrigada pela sua candidatura para a vaga de Analista de Marketing.')).toBe('Analista de Marketing');
  });
});

describe('role from a subject that names it before "interview"', () => {
  test('"Next step: Backend Engineer interview at Northwind Logistics"', () => {
    const f = extractFields({
      ...base,
      subject: 'Next step: Backend Engineer interview at Northwind Logistics',
      fromName: 'Tom Becker',
      fromEmail: 'tom@northwind.example',
      body: 'Hello Sam,\n\nThe team would like to continue with a technical interview. Could you let me know which of these slots works best for you?\n\nKind regards,\nTom Becker',
    });
    expect(f.role).toBe('Backend Engineer');
  });
});

describe('a role never ends inside a link, and markdown is not part of it', () => {
  const role = (body: string): string => extractFields({ ...base, body }).role;
  test('"Data Analyst evil.top/jd": the phrase stops at a domain\'s dot, so there is no role', () => {
    expect(role('Thank you for applying for the Data Analyst evil.top/jd, we would like to meet you.')).toBe('');
    expect(role('Position: Data Analyst evil.top/jd')).toBe('');
    // A clock's dot is no link: the role before "op dinsdag … om 11.00" stays.
    expect(role('Ik bevestig ons sollicitatiegesprek voor de functie van Logistiek Medewerker op dinsdag 24 februari om 11.00 uur.')).toBe('Logistiek Medewerker');
  });

  test('"**Backend Developer**" is the role Backend Developer', () => {
    expect(role('Thank you for applying for the **Backend Developer** position at Acme.')).toBe('Backend Developer');
  });
});
