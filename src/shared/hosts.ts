// The webmails Tactful runs on and their hosts, listed once. The manifest's content-script
// `matches` (scripts/manifests.ts), the context menu's document patterns and the content
// script's choice of adapter (src/content/sites/index.ts) all come from this list.
// A new webmail: its hosts here, its folder in src/content/sites/, its adapter in the
// adapter table there (the compiler asks for it).

export const WEBMAIL_HOSTS = {
  gmail: ['mail.google.com'],
  // Outlook on the web; outlook.cloud.microsoft since Dec 2024.
  outlook: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
} as const satisfies Record<string, readonly string[]>;

export type WebmailName = keyof typeof WEBMAIL_HOSTS;

const NAMES = /* @__PURE__ */ Object.keys(WEBMAIL_HOSTS) as WebmailName[];

/** Every webmail's name, in list order (one content script each: scripts/manifests.ts). */
export const WEBMAIL_NAMES: readonly WebmailName[] = NAMES;

/** Match patterns of one webmail's pages ("https://mail.google.com/*"). */
export function patternsOf(name: WebmailName): string[] {
  return WEBMAIL_HOSTS[name].map((host) => `https://${host}/*`);
}

/** Match patterns of every webmail page, in list order. */
export const MAIL_PATTERNS: readonly string[] = /* @__PURE__ */ NAMES.flatMap(patternsOf);

/** The webmail served at exactly this host ("MAIL.google.com." too), or null. */
export function webmailOfHost(hostname: string): WebmailName | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return NAMES.find((name) => (WEBMAIL_HOSTS[name] as readonly string[]).includes(host)) ?? null;
}
