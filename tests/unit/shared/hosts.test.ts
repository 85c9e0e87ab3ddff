import { describe, expect, it } from 'vitest';
import { MAIL_PATTERNS, WEBMAIL_HOSTS, webmailOfHost } from '../../../src/shared/hosts';
import { CONTENT_SCRIPT_FILES, manifestFor } from '../../../scripts/manifests';

describe('the one host list', () => {
  it('gives the manifest’s content-script matches for both targets: one script per webmail, its hosts only (#18)', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(target) as { content_scripts: Array<{ matches: string[]; js: string[] }> };
      expect(m.content_scripts.map((c) => [c.js, c.matches])).toEqual(
        Object.entries(WEBMAIL_HOSTS).map(([name, hosts]) => [[`src/content/${name}.ts`], hosts.map((h) => `https://${h}/*`)]),
      );
      expect(m.content_scripts.flatMap((c) => c.matches)).toEqual([...MAIL_PATTERNS]);
      expect(CONTENT_SCRIPT_FILES).toEqual(m.content_scripts.flatMap((c) => c.js));
    }
  });

  it('writes one https pattern per host, in list order', () => {
    expect(MAIL_PATTERNS).toEqual(Object.values(WEBMAIL_HOSTS).flat().map((h) => `https://${h}/*`));
  });

  it('names the webmail of an exact host only', () => {
    expect(webmailOfHost('mail.google.com')).toBe('gmail');
    expect(webmailOfHost(' Outlook.Live.com. ')).toBe('outlook');
    expect(webmailOfHost('mail.google.com.evil.example')).toBeNull();
    expect(webmailOfHost('google.com')).toBeNull();
  });
});
