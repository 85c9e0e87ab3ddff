import type { DraftRequest, DraftVariables, Intent, Reason, Tone } from '../../../src/shared/types';
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

/** Languages that have their own templates for an intent; the rest fall back to English. */
export const LOCALIZED: Record<string, readonly Intent[]> = {
  en: INTENTS,
  de: ['decline', 'reschedule', 'withdraw'],
  fr: ['decline', 'reschedule', 'withdraw'],
  es: ['decline', 'reschedule', 'withdraw'],
};

export interface Case {
  intent: Intent;
  reason: Reason;
  tone: Tone;
  language: string;
}

export function allCases(): Case[] {
  const out: Case[] = [];
  for (const [language, intents] of Object.entries(LOCALIZED)) {
    for (const intent of intents) {
      for (const reason of REASONS_BY_INTENT[intent]) {
        for (const tone of TONES) out.push({ intent, reason, tone, language });
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
