// Applicant-tracking systems and scheduling tools: strong signals that mail is about a job application.

export interface AtsInfo {
  /** Display name ("Greenhouse"). */
  name: string;
  /** Domain suffixes of sender addresses and links. */
  domains: string[];
}

export const ATS: readonly AtsInfo[] = [
  { name: 'Greenhouse', domains: ['greenhouse.io', 'greenhouse-mail.io'] },
  { name: 'Lever', domains: ['lever.co', 'hire.lever.co'] },
  { name: 'Workday', domains: ['myworkday.com', 'workday.com', 'myworkdayjobs.com'] },
  { name: 'SmartRecruiters', domains: ['smartrecruiters.com'] },
  { name: 'Ashby', domains: ['ashbyhq.com'] },
  { name: 'Workable', domains: ['workable.com', 'workablemail.com'] },
  { name: 'iCIMS', domains: ['icims.com'] },
  { name: 'Jobvite', domains: ['jobvite.com'] },
  { name: 'Teamtailor', domains: ['teamtailor.com', 'teamtailor-mail.com'] },
  { name: 'Recruitee', domains: ['recruitee.com'] },
  { name: 'Personio', domains: ['personio.de', 'personio.com'] },
  { name: 'BambooHR', domains: ['bamboohr.com'] },
  { name: 'SuccessFactors', domains: ['successfactors.com', 'successfactors.eu'] },
  { name: 'Taleo', domains: ['taleo.net'] },
  { name: 'JazzHR', domains: ['applytojob.com', 'jazzhr.com'] },
  { name: 'Breezy HR', domains: ['breezy.hr'] },
  { name: 'Pinpoint', domains: ['pinpointhq.com'] },
  { name: 'Join', domains: ['join.com'] },
  { name: 'Softgarden', domains: ['softgarden.io', 'softgarden.de'] },
  { name: 'Rippling', domains: ['rippling.com'] },
  { name: 'HireVue', domains: ['hirevue.com'] },
  { name: 'GoodTime', domains: ['goodtime.io'] },
];

export const FREEMAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'aol.com',
  'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'proton.me', 'protonmail.com', 'orange.fr', 'free.fr', 'laposte.net',
  'hotmail.fr', 'yahoo.fr', 'yahoo.es', 'terra.com.br', 'uol.com.br', 'bol.com.br', 'ziggo.nl', 'kpnmail.nl', 'hotmail.es', 'msn.com', 'mail.com',
]);

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? '' : email.slice(at + 1).trim().toLowerCase().replace(/[>\s].*$/, '');
}

function matchesDomain(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** The ATS a sender address belongs to, if any. */
export function atsOfSender(fromEmail: string): AtsInfo | undefined {
  const d = domainOf(fromEmail);
  if (!d) return undefined;
  return ATS.find((a) => a.domains.some((s) => matchesDomain(d, s)));
}

export function isAtsDomain(host: string): boolean {
  return ATS.some((a) => a.domains.some((s) => matchesDomain(host, s)));
}

export interface LinkInfo {
  url: string;
  host: string;
  tool: string;
}

const SCHEDULERS: ReadonlyArray<{ tool: string; test: (host: string, path: string) => boolean }> = [
  { tool: 'Calendly', test: (h) => matchesDomain(h, 'calendly.com') },
  { tool: 'GoodTime', test: (h) => matchesDomain(h, 'goodtime.io') },
  { tool: 'Greenhouse', test: (h, p) => matchesDomain(h, 'greenhouse.io') && /schedul|interview|availability/i.test(h + p) },
  { tool: 'Microsoft Bookings', test: (h, p) => (matchesDomain(h, 'outlook.office365.com') || matchesDomain(h, 'outlook.office.com')) && /bookings/i.test(p) },
  { tool: 'Microsoft Bookings', test: (h) => matchesDomain(h, 'bookings.cloud.microsoft') },
  { tool: 'Cal.com', test: (h) => matchesDomain(h, 'cal.com') },
  { tool: 'Lever', test: (h, p) => matchesDomain(h, 'lever.co') && /schedul|availability/i.test(p) },
  { tool: 'Ashby', test: (h, p) => matchesDomain(h, 'ashbyhq.com') && /schedul|interview/i.test(p) },
  { tool: 'HubSpot Meetings', test: (h) => matchesDomain(h, 'meetings.hubspot.com') },
  { tool: 'Google Calendar booking', test: (h, p) => matchesDomain(h, 'calendar.app.google') || (matchesDomain(h, 'calendar.google.com') && /appointments/i.test(p)) },
  { tool: 'SavvyCal', test: (h) => matchesDomain(h, 'savvycal.com') },
  { tool: 'YouCanBook.me', test: (h) => matchesDomain(h, 'youcanbook.me') },
  { tool: 'Doodle', test: (h) => matchesDomain(h, 'doodle.com') },
  { tool: 'Workable', test: (h, p) => matchesDomain(h, 'workable.com') && /schedul|slot|interview/i.test(p) },
  { tool: 'Teamtailor', test: (h, p) => matchesDomain(h, 'teamtailor.com') && /meeting|schedul|interview/i.test(p) },
  { tool: 'SmartRecruiters', test: (h, p) => matchesDomain(h, 'smartrecruiters.com') && /schedul|interview/i.test(p) },
  { tool: 'Personio', test: (h, p) => (matchesDomain(h, 'personio.de') || matchesDomain(h, 'personio.com')) && /schedul|termin|slot/i.test(p) },
];

const MEETINGS: ReadonlyArray<{ tool: string; test: (host: string) => boolean }> = [
  { tool: 'Zoom', test: (h) => matchesDomain(h, 'zoom.us') || matchesDomain(h, 'zoom.com') },
  { tool: 'Microsoft Teams', test: (h) => matchesDomain(h, 'teams.microsoft.com') || matchesDomain(h, 'teams.live.com') },
  { tool: 'Google Meet', test: (h) => matchesDomain(h, 'meet.google.com') },
  { tool: 'Webex', test: (h) => matchesDomain(h, 'webex.com') },
  { tool: 'Whereby', test: (h) => matchesDomain(h, 'whereby.com') },
  { tool: 'HireVue', test: (h) => matchesDomain(h, 'hirevue.com') },
];

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]{3,300}/gi;

export function findUrls(text: string, max = 50): LinkInfo[] {
  const out: LinkInfo[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0].replace(/[.,;:!?)]+$/, '');
    if (!/^https?:/i.test(url)) url = `https://${url}`;
    let host = '';
    let path = '';
    try {
      const u = new URL(url);
      host = u.hostname.toLowerCase();
      path = u.pathname + u.search;
    } catch {
      continue;
    }
    const s = SCHEDULERS.find((x) => x.test(host, path));
    const mt = MEETINGS.find((x) => x.test(host));
    out.push({ url, host, tool: s ? `scheduler:${s.tool}` : mt ? `meeting:${mt.tool}` : '' });
    if (out.length >= max) break;
  }
  return out;
}
