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
  return {
    company: plainValue(comp),
    role: plainValue(r),
    contactName: plainValue(contact),
    proposedTimes: t.times,
    timezone: t.timezone,
    format: interviewFormat(ctx.fresh, links, ctx.email.subject ?? ''),
    schedulingLink: sched ? sched.url : '',
    location: location(ctx.fresh, links),
    timeTexts: t.texts,
  };
}
