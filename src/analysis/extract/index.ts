// Field extraction: company, role, contact, format, links, times, location, one module per
// field beside this one. Pure, part of the reading core.
import type { ExtractedFields } from '../../shared/types';
import { findUrls } from '../ats';
import { extractTimes } from '../times';
import { plainValue, type ExtractContext } from './context';
import { contactName, greetingName } from './contact';
import { company } from './company';
import { role } from './role';
import { interviewFormat } from './format';
import { location } from './location';

export type { ExtractContext } from './context';

export function extractFields(ctx: ExtractContext): ExtractedFields & { timeTexts: string[] } {
  const links = ctx.links ?? findUrls(ctx.fresh);
  const contact = contactName(ctx);
  const exclude = [ctx.email.candidateName ?? '', greetingName(ctx.fresh), contact].filter(Boolean);
  const comp = company(ctx, exclude);
  const r = role(ctx, comp);
  const t = extractTimes(ctx.fresh, ctx.email.receivedAt ?? '', ctx.lang);
  const sched = links.find((l) => l.tool.startsWith('scheduler:'));
  const format = interviewFormat(ctx.fresh, links, ctx.email.subject ?? '');
  // A video or phone interview has no place to go to: an address in such an email is the company's, or a
  // calendar's room for the interviewers ("Location: Room 4B; Microsoft Teams meeting").
  const remote = format === 'video' || format === 'phone';
  return {
    company: plainValue(comp),
    role: plainValue(r),
    contactName: plainValue(contact),
    proposedTimes: t.times,
    timezone: t.timezone,
    format,
    schedulingLink: sched ? sched.url : '',
    location: remote ? '' : location(ctx.fresh, links),
    timeTexts: t.texts,
  };
}
