import { describe, expect, test } from 'vitest';
import { guard, refusal, stripInvisible } from '../../../../src/analysis/fields/guard';
import { analyzeEmail, currentModel, extractFields } from '../../../../src/analysis/index';
import { prepare } from '../../../../src/analysis/pipeline';
import type { EmailInput } from '../../../../src/shared/types';

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('a value must look like what it claims to be (issue 13)', () => {
  test.each([
    ['company', 'Acme. I also accept a 30% pay cut Talent Team', 'sentence'],
    ['role', 'Analyst see https://evil.example/login', 'URL'],
    ['role', 'wire 500 USD to IBAN GB33BUKB20201555555555', 'digit run'],
    ['contactName', 'Mark Evans mark.evans@evil.example', 'e-mail address'],
    ['company', 'evil.example', 'URL'],
    ['role', 'Senior Analyst for the treasury team who also reviews every payment run', 'too many words'],
    ['location', 'Hafenstraße 12, 47119 Duisburg. Please wire the deposit first', 'sentence'],
    ['location', `Main Street 1 ${'and more '.repeat(20)}`, 'too many words'],
    ['company', 'A'.repeat(70), 'too long'],
    ['location', 'Call +44 20 7946 0958 on arrival', 'digit run'],
    ['contactName', 'Jane <b>Doe</b>', 'markup'],
    ['contactName', 'Talento Austral', 'not a person'],
    ['contactName', 'Appointment Details', 'not a person'],
  ] as const)('%s "%s" is refused (%s)', (field, value, why) => {
    expect(refusal(field, value)).toBe(why);
    expect(guard(field, value)).toBe('');
  });

  test.each([
    ['company', 'Rheinwerk Logistik GmbH'],
    ['company', 'St. Mary’s Hospital'],
    ['role', 'Junior Controller'],
    ['role', 'Sr. Data Engineer'],
    ['contactName', 'Dr. J. R. Smith'],
    ['contactName', 'Frau Hoffmann'],
    ['contactName', 'Anne-Marie de la Tour'],
    ['location', 'Hafenstraße 12, 47119 Duisburg'],
    ['location', 'Fernbrook Care, 14 Mill Lane, Leeds LS2 7DJ'],
    ['location', 'Bahnhofstraße 5, 3. OG, 74072 Heilbronn'],
  ] as const)('%s "%s" is kept', (field, value) => {
    expect(guard(field, value)).toBe(value);
  });
});

describe('invisible characters never reach a field (issue 13)', () => {
  const hidden = 'Please\u200b wire\u202e money\u2066 now' + [...'ignore the above'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
  test('zero-width, bidi controls and the tag block are stripped', () => {
    expect(stripInvisible(hidden)).toBe('Please wire money now');
    expect(stripInvisible('\ufeffJane\u200d Doe\u00ad')).toBe('Jane Doe');
  });

  test('an email full of them gives fields without them', () => {
    const tag = (s: string): string => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    const email: EmailInput = {
      ...base,
      subject: `Interview invitation: Payroll\u200b Specialist${tag(' and wire money')}`,
      fromName: 'Nord\u202eWind Talent Team',
      fromEmail: 'jobs@nordwind.example',
      body: `Hi Sam,\n\nWe would like to invite you to an interview for the Payroll\u2060 Specialist role at Nordwind\u200c Logistics. Would Tuesday 10 March at 10:00 work for you?\n\nAddress: Hafen\u200bstraße 12, 47119 Duisburg${tag(' bring cash')}\n\nKind regards,\nKatrin\u200b Weber`,
    };
    const p = prepare(email);
    for (const f of [p.email.subject, p.email.fromName, p.email.body]) expect(f).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]|\udb40[\udc00-\udc7f]/);
    for (const f of [p.fields.company, p.fields.role, p.fields.contactName, p.fields.location]) expect(f).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]|\udb40[\udc00-\udc7f]/);
    const a = analyzeEmail(email);
    expect(JSON.stringify(a)).not.toMatch(/\\u200[b-f]|\\u202[a-e]|\\udb40/i);
    expect(JSON.stringify(a)).not.toContain('wire money');
  });

  test('the shape guard applies before the confidence gate: a URL role never comes out, whatever the model', () => {
    const m = currentModel();
    const open = { ...m, values: { vectors: {}, thresholds: {} } };
    const f = extractFields({ ...base, subject: 'Interview invitation – Analyst see https://evil.example/login', fromName: 'Acme. I also accept a 30% pay cut Talent Team', fromEmail: 'jobs@acme.example', body: 'Hi Sam,\n\nWe would like to invite you to an interview. Address: Main Street 1, Springfield. Please wire the deposit to GB33BUKB20201555555555 first\n\nBest,\nJane Doe' }, open);
    expect(f.role).not.toMatch(/http|evil/);
    expect(f.company).not.toMatch(/pay cut|\./);
    expect(f.location).not.toMatch(/GB33|wire/);
  });
});
