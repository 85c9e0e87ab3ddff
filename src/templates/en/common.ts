import type { Ctx } from '../model';
import type { Said, Variants } from '../letters/phrases';
import { informalName } from '../names';
import type { Vars } from '../sanitize';

/** "Dr", "Professor", "Ms", "Mr" before a family name, or "" when the email showed none. */
function honorific(c: Ctx): string {
  const { title, gender } = c.contact;
  if (/prof/i.test(title)) return 'Professor';
  if (/^dr/i.test(title)) return 'Dr';
  return gender === 'female' ? 'Ms' : gender === 'male' ? 'Mr' : '';
}

// Formal register: "Dear Ms Hoffmann," when the email showed a title, "Dear Katrin Hoffmann,"
// otherwise; informal: the first name. English has no Sie/du, so only the greeting changes.
export function greeting(c: Ctx): string {
  const k = c.contact;
  if (k.full === '') {
    if (c.tone === 'formal') return c.pick('en.greet.formal.none', ['Dear Hiring Team,', 'Dear Sir or Madam,', 'Dear Recruiting Team,']);
    if (c.tone === 'warm') return c.pick('en.greet.warm.none', ['Hello,', 'Hi there,', 'Hi,']);
    return 'Hello,';
  }
  if (c.register === 'formal') {
    const h = honorific(c);
    return h && k.surname ? `Dear ${h} ${k.surname},` : `Dear ${k.full},`;
  }
  const name = informalName(k);
  if (c.tone === 'formal') return `Dear ${name},`;
  if (c.tone === 'warm') return c.pick('en.greet.warm', [`Hi ${name},`, `Dear ${name},`, `Hello ${name},`]);
  return `Hello ${name},`;
}

const SIGN_OFF: Record<Ctx['tone'], Variants> = {
  warm: ['Warm regards,', 'Best wishes,', 'All the best,'],
  formal: ['Kind regards,', 'Yours sincerely,', 'With kind regards,'],
  brief: ['Best regards,', 'Regards,', 'Best,'],
};

export function signOff(c: Ctx): Variants {
  return SIGN_OFF[c.tone];
}

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

export const delayApology: Said = {
  warm: ['Sorry for taking a few days to get back to you.', 'Apologies for my slow reply.', "I'm sorry it has taken me a while to reply."],
  formal: ['Please accept my apologies for the delay in replying.', 'I apologise for my late reply.', 'I apologise for not replying sooner.'],
  brief: ['Apologies for the late reply.', 'Sorry for the delayed reply.', 'Sorry for replying late.'],
};
