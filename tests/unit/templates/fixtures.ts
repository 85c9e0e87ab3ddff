import type { DraftRequest, DraftVariables, Intent, Reason, Register, Tone } from '../../../src/shared/types';
import { INTENTS, REASONS_BY_INTENT, TONES } from '../../../src/templates';

export const FULL_VARS: DraftVariables = {
  candidateName: 'Alex Morgan',
  signature: 'Data Analyst\n+44 7700 900123',
  contactName: 'Jane Doe',
  company: 'Acme Analytics',
  role: 'Senior Analyst',
  interviewTime: 'Tuesday 14 May at 10:00',
  format: 'video',
  location: 'https://meet.example.com/abc-defg',
  proposedSlots: ['Wednesday 15 May, 14:00–16:00 CET', 'Friday 17 May, before noon CET'],
  schedulingLink: 'https://cal.example.com/alex',
  reasonDetail: '',
  referralName: 'Sam Lee',
  askRemote: false,
  originalSubject: 'Interview invitation – Senior Analyst',
};

export const EMPTY_VARS: Partial<DraftVariables> = {};

/** Languages with their own templates for an intent: every intent in every reply language. */
export const LOCALIZED: Record<string, readonly Intent[]> = { en: INTENTS, de: INTENTS, fr: INTENTS, es: INTENTS };
export const REGISTERS: readonly Register[] = ['formal', 'informal'];

export interface Case {
  intent: Intent;
  reason: Reason;
  tone: Tone;
  language: string;
  register: Register;
}

export function allCases(): Case[] {
  const out: Case[] = [];
  for (const [language, intents] of Object.entries(LOCALIZED)) {
    for (const intent of intents) {
      for (const reason of REASONS_BY_INTENT[intent]) {
        for (const tone of TONES) for (const register of REGISTERS) out.push({ intent, reason, tone, language, register });
      }
    }
  }
  return out;
}

export function req(c: Case, seed: number, vars: Partial<DraftVariables>): DraftRequest {
  return { ...c, seed, vars };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export const NOW = '2025-05-10T12:00:00Z';
