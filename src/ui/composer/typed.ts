// What the user typed themselves outside the draft box, for the tact checker's `typed` list
// (rule "untyped-data": a link, address, account or phone number in the draft that is in none
// of these came from the email, which is attacker-controlled). Pure.
import type { Analysis } from '../../shared/types';
import type { Settings } from '../../shared/settings/schema';
import { extractedFields, type ComposerFields } from '../../shared/first-draft';

/** The part of `now` the user changed, when the field started as `read` from the email ("" when unchanged). */
export function changedPart(read: string, now: string): string {
  if (now === read) return '';
  let p = 0;
  const max = Math.min(read.length, now.length);
  while (p < max && read[p] === now[p]) p++;
  let q = 0;
  while (q < max - p && read[read.length - 1 - q] === now[now.length - 1 - q]) q++;
  return now.slice(p, now.length - q);
}

/**
 * Their name and signature (settings, or the name field), their own templates (Options), the
 * times they offer, and of each field filled from the email only what they changed: a field
 * left as the email had it is the email's words, not theirs.
 */
export function typedOutsideDraft(fields: ComposerFields, settings: Settings, analysis: Analysis | null, language: string): string[] {
  const read = extractedFields(analysis, language);
  const out = [settings.candidateName, settings.signature, ...Object.values(settings.templates).flat(), fields.candidateName, fields.proposedSlots];
  for (const k of ['contactName', 'company', 'role', 'interviewTime', 'location'] as const) out.push(changedPart(read[k], fields[k]));
  return out.filter((s) => s.trim() !== '');
}
