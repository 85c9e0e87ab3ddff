import { describe, expect, test } from 'vitest';
import { signatureOrg, strongStructure } from '../../../../src/analysis/fields/confidence';
import { personLike, roleLike } from '../../../../src/analysis/fields/shape';
import type { EmailInput } from '../../../../src/shared/types';

// The strong structures a value can sit in (kept whatever the learned confidence says), on invented mail.
const email = (e: Partial<EmailInput>): EmailInput => ({ subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z', ...e });
const strong = (field: Parameters<typeof strongStructure>[0], value: string, fresh: string, e: Partial<EmailInput> = {}, signature = ''): boolean =>
  strongStructure(field, value, { fresh, signature, email: email(e) });

describe('what a role and a company read like (src/analysis/fields/shape.ts)', () => {
  test('a role holds a job-title word in any of the eight languages', () => {
    for (const r of ['Site Reliability Engineer', 'Sachbearbeiter Buchhaltung', 'Chargée de recrutement', 'Auxiliar administrativo', 'Magazziniere', 'Verpleegkundige', 'Atendente de loja', 'Księgowa', 'Staff Accounting']) expect(roleLike(r), r).toBe(true);
  });
  test('greetings, interview words, departments alone and verbs are no role', () => {
    for (const r of ['Invito', 'Erinnerung', 'Second', 'interest in', 'Finance', 'HR', 'Participate to Data Engineer', 'Questionario area amministrativa', 'Urgent Requirement']) expect(roleLike(r), r).toBe(false);
  });
  test('a person is a known given name and capitalised words or particles; an organisation word makes it a company', () => {
    expect(personLike('Anouk de Vries')).toBe(true);
    expect(personLike('Paolo De Luca')).toBe(true);
    expect(personLike('Grace Hospital')).toBe(false);
    expect(personLike('Quillmoor Labs')).toBe(false);
  });
});

describe('strong structures (src/analysis/fields/confidence.ts)', () => {
  test('the organisation beside the signer in the signature block', () => {
    expect(signatureOrg({ fresh: 'Thanks,', signature: 'Hannah Berg\nEngineering Manager, Quillmoor Labs' })).toContain('quillmoor labs');
    expect(signatureOrg({ fresh: 'Thanks,', signature: 'Hannah Berg | Quillmoor Labs' })).toContain('quillmoor labs');
    expect(signatureOrg({ fresh: 'Grazie,\n--\nMarta Neri\nUfficio Personale\nVetreria Collina S.p.A.', signature: '' })).toContain('vetreria collina');
    // No person on the block's first line: no organisation is vouched for.
    expect(signatureOrg({ fresh: 'Thanks,', signature: 'The Hiring Team\nQuillmoor Labs' })).toEqual([]);
  });
  test('a two-word name that spells the sender\'s domain and stands whole in the text', () => {
    const e = { fromEmail: 'jo@harrowgate-haulage.example' };
    expect(strong('company', 'Harrowgate Haulage', 'Location: Harrowgate Haulage, 4 Quay Road', e)).toBe(true);
    expect(strong('company', 'Harrowgate Haulage', 'Location: Harrowgate Haulage Group, 4 Quay Road', e)).toBe(false);
    expect(strong('company', 'Interview Scheduler', 'Sent by Interview Scheduler', { fromEmail: 'no-reply@interview-scheduler.example' })).toBe(false);
  });
  test('the contact: "Sincerely, Jane Doe" on one line, the sender acting in the text, the sender signing at the end', () => {
    expect(strong('contactName', 'Hannah Berg', 'Please confirm.\n\nSincerely, Hannah Berg')).toBe(true);
    expect(strong('contactName', 'Megan Doyle', 'Megan Doyle invited you for the Interview: Data Engineer meeting.', { fromName: 'Megan Doyle' })).toBe(true);
    expect(strong('contactName', 'Megan Doyle', 'We wish you good luck!\nMegan Doyle', { fromName: 'Megan Doyle' })).toBe(true);
    // Named only in a list of interviewers: not the contact.
    expect(strong('contactName', 'Alan Brooks', 'Date: 9 June\nInterviewers: Alan Brooks, Engineering Manager; Priya Shah', { fromName: 'Alan Brooks' })).toBe(false);
  });
  test('a thanks-only line is a sign-off before the signer, through a "--" separator', () => {
    expect(strong('contactName', 'Tobias Hartmann', 'Vielen Dank!\n--\nTobias Hartmann', { fromName: 'Tobias Hartmann' })).toBe(true);
  });
});
