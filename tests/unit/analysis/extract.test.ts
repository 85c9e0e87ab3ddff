import { describe, expect, test } from 'vitest';
import { analyzeEmail, extractFields } from '../../../src/analysis/index';
import type { EmailInput } from '../../../src/shared/types';

const base: EmailInput = { subject: '', fromName: '', fromEmail: '', body: '', receivedAt: '2026-03-02T09:00:00Z' };

describe('field extraction', () => {
  test('signer, company from signature, role from "for the … role"', () => {
    const f = extractFields({
      ...base,
      fromName: 'Jane Doe',
      fromEmail: 'jane@acme-widgets.com',
      body: 'Hi Sam,\n\nWe would like to invite you to an interview for the Senior Analyst role. Would Tuesday at 2pm work?\n\nBest,\nJane Doe\nTalent Partner | Acme Widgets\n+1 555 0100',
    });
    expect(f.contactName).toBe('Jane Doe');
    expect(f.company).toBe('Acme Widgets');
    expect(f.role).toBe('Senior Analyst');
    expect(f.proposedTimes).toEqual(['2026-03-03T14:00']);
  });

  test('markup, template syntax and script URLs never become a company, role or contact', () => {
    const hostile = [`<%= window.__pwned='t15' %>`, '{{constructor.constructor("alert(1)")()}}', '<img src=x onerror=alert(1)>', '${alert(1)}'];
    for (const h of hostile) {
      const f = extractFields({
        ...base,
        fromName: `${h} Talent Team`,
        fromEmail: 'jobs@gmail.com',
        body: `Hi Sam,\n\nWe would like to invite you to an interview for the ${h} role at ${h}. Would Tuesday at 2pm work?\n\nBest,\n${h}`,
      });
      for (const v of [f.company, f.role, f.contactName]) expect(v, h).not.toMatch(/[<>{}]|%=|\$\{/);
    }
  });

  test('never the candidate: greeting name and candidateName are skipped', () => {
    const f = extractFields({ ...base, fromName: 'Sam Carter', fromEmail: 'sam@gmail.com', candidateName: 'Sam Carter', body: 'Hi Sam,\nplease send your availability for an interview.\nThanks' });
    expect(f.contactName).toBe('');
    expect(f.company).toBe('');
  });

  test('ATS no-reply sender: no robot contact, company from display name, never the ATS domain', () => {
    const f = extractFields({
      ...base,
      fromName: 'Meridian Bank',
      fromEmail: 'donotreply@myworkday.com',
      body: 'Hello,\nYou have been selected to interview for the position of Risk Analyst. Schedule here: https://meridianbank.goodtime.io/schedule/x1',
    });
    expect(f.contactName).toBe('');
    expect(f.company).toBe('Meridian Bank');
    expect(f.role).toBe('Risk Analyst');
    expect(f.schedulingLink).toBe('https://meridianbank.goodtime.io/schedule/x1');
  });

  test('"X via Greenhouse" and "Acme Talent Team" senders give the company', () => {
    expect(extractFields({ ...base, fromName: 'Kinetica via Workable', fromEmail: 'noreply@workablemail.com', body: 'Hi' }).company).toBe('Kinetica');
    expect(extractFields({ ...base, fromName: 'Redwood Logistics Talent Team', fromEmail: 'talent@redwood.example', body: 'Hi' }).company).toBe('Redwood Logistics');
  });

  test('unfilled placeholders are dropped', () => {
    const f = extractFields({ ...base, subject: 'Interview invitation - {{job_title}}', fromName: '[Recruiter Name]', fromEmail: 'jobs@x-corp.example', body: 'Hi {{first_name}},\nWe would like to invite you to an interview for the [Job Title] position.\nKind regards,\n[Recruiter Name]' });
    expect(f.role).toBe('');
    expect(f.contactName).toBe('');
    for (const v of [f.company, f.role, f.contactName, f.location]) expect(v).not.toMatch(/\{\{|\[/);
  });

  test('format, location and scheduling links', () => {
    const v = extractFields({ ...base, body: 'Join the video interview here: https://acme.zoom.us/j/123456' });
    expect(v.format).toBe('video');
    expect(v.location).toBe('https://acme.zoom.us/j/123456');
    const o = extractFields({ ...base, body: 'Please come to our office at 22 Bishopsgate, London and ask for me at reception.' });
    expect(o.format).toBe('onsite');
    expect(o.location).toContain('22 Bishopsgate');
    const p = extractFields({ ...base, body: 'I will call you for a short phone interview. Book a slot: https://calendly.com/jane/phone-screen' });
    expect(p.format).toBe('phone');
    expect(p.schedulingLink).toBe('https://calendly.com/jane/phone-screen');
    expect(extractFields({ ...base, body: 'Pick a time: https://outlook.office365.com/owa/calendar/Hiring@acme.com/bookings/' }).schedulingLink).toContain('bookings');
  });

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
