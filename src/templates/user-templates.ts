// The user's own templates: their {variables}, how they are filled (plain text, never
// re-scanned) and which one a seed picks. Pure: runs in the composer and the options page.
import type { DraftVariables, Intent, Tone } from '../shared/types';
import { templateKey, type Settings } from '../shared/settings/schema';

/** The variables a user template may use, with what each stands for (English, and its message key). */
export const TEMPLATE_VARIABLES: readonly { name: string; meaning: string; key: string }[] = [
  { name: 'contact_name', meaning: 'the person who wrote the invitation', key: 'varContactName' },
  { name: 'company', meaning: 'the company', key: 'varCompany' },
  { name: 'role', meaning: 'the role you applied for', key: 'varRole' },
  { name: 'candidate_name', meaning: 'your name', key: 'varCandidateName' },
  { name: 'interview_time', meaning: 'the interview date and time', key: 'varInterviewTime' },
  { name: 'proposed_slots', meaning: 'the times you offer instead', key: 'varProposedSlots' },
  { name: 'signature', meaning: 'your signature', key: 'varSignature' },
];

export type TemplateVars = Partial<Record<'contact_name' | 'company' | 'role' | 'candidate_name' | 'interview_time' | 'proposed_slots' | 'signature', string | string[]>>;

/**
 * Fill {variables} as plain text. Unknown names, and known ones with no value, stay
 * visible as written so the tact checker flags them as unfilled placeholders.
 * Values are never re-scanned (a company called "{role}" stays "{role}").
 */
export function renderUserTemplate(template: string, vars: TemplateVars): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(vars, name)) return whole;
    const v = vars[name as keyof TemplateVars];
    const text = Array.isArray(v) ? v.filter((x) => x.trim() !== '').join('; ') : (v ?? '');
    return text.trim() === '' ? whole : text;
  });
}

/** Variables a template uses that are not among TEMPLATE_VARIABLES. */
export function unknownVariables(template: string): string[] {
  const known = new Set(TEMPLATE_VARIABLES.map((v) => v.name));
  const out = new Set<string>();
  for (const m of template.matchAll(/\{([^{}\s]{1,40})\}/g)) {
    if (m[1] && !known.has(m[1])) out.add(m[1]);
  }
  return [...out];
}

/** The draft's variables under the names a user template writes them. */
function templateVars(v: Partial<DraftVariables>): TemplateVars {
  return {
    contact_name: v.contactName ?? '',
    company: v.company ?? '',
    role: v.role ?? '',
    candidate_name: v.candidateName ?? '',
    interview_time: v.interviewTime ?? '',
    proposed_slots: v.proposedSlots ?? [],
    signature: v.signature ?? '',
  };
}

/**
 * Which wording a seed picks: the user's own variants for this intent and tone come first,
 * then the built-in wording, then round again ("Another wording" walks through them all).
 */
export function pickUserTemplate(settings: Settings, intent: Intent, tone: Tone, seed: number): string | null {
  const list = (settings.templates[templateKey(intent, tone)] ?? []).filter((s) => s.trim() !== '');
  if (list.length === 0) return null;
  const slot = ((seed % (list.length + 1)) + list.length + 1) % (list.length + 1);
  return slot < list.length ? (list[slot] ?? null) : null;
}

/** A user template filled with the draft's variables. */
export function renderOwn(template: string, vars: Partial<DraftVariables>): string {
  return renderUserTemplate(template, templateVars(vars));
}
