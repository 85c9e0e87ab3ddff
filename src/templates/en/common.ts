import type { Ctx } from '../model';
import type { Vars } from '../sanitize';
import { firstName } from '../sanitize';

export function greeting(c: Ctx): string {
  const name = c.v.contactName;
  if (name === '') {
    if (c.tone === 'formal') return c.pick('en.greet.formal.none', ['Dear Hiring Team,', 'Dear Sir or Madam,']);
    if (c.tone === 'warm') return c.pick('en.greet.warm.none', ['Hello,', 'Hi there,']);
    return 'Hello,';
  }
  if (c.tone === 'formal') return `Dear ${name},`;
  if (c.tone === 'warm') return c.pick('en.greet.warm', [`Hi ${firstName(name)},`, `Dear ${firstName(name)},`]);
  return `Hello ${firstName(name)},`;
}

export const signOff = {
  warm: ['Warm regards,', 'Best wishes,'],
  formal: ['Kind regards,', 'Yours sincerely,'],
  brief: ['Best regards,', 'Regards,'],
} as const;

const ROLE_NOUN = /\b(role|position|job|post|opening|vacancy)$/i;

/** "the Senior Analyst role at Acme" / "the Senior Analyst role" / "the position at Acme" / "the role". */
export function roleRef(v: Vars): string {
  const role = v.role === '' ? '' : ROLE_NOUN.test(v.role) ? `the ${v.role}` : `the ${v.role} role`;
  if (role && v.company) return `${role} at ${v.company}`;
  if (role) return role;
  if (v.company) return `the position at ${v.company}`;
  return 'the role';
}

/** "everyone at Acme" / "your team": avoids "the The Acme Group team". */
export function teamRef(v: Vars): string {
  return v.company ? `everyone at ${v.company}` : 'your team';
}

export function companyOr(v: Vars, fallback: string): string {
  return v.company || fallback;
}

/** " scheduled for Tuesday at 10:00" or "": works for dates, weekdays and "tomorrow". */
export function scheduledFor(v: Vars): string {
  return v.interviewTime ? ` scheduled for ${v.interviewTime}` : '';
}

export function delayApology(c: Ctx): string {
  return c.tone === 'warm'
    ? c.pick('en.late.warm', ['Sorry for taking a few days to get back to you.', 'Apologies for my slow reply.'])
    : c.tone === 'formal'
      ? c.pick('en.late.formal', ['Please accept my apologies for the delay in replying.', 'I apologise for my late reply.'])
      : c.pick('en.late.brief', ['Apologies for the late reply.', 'Sorry for the delayed reply.']);
}
