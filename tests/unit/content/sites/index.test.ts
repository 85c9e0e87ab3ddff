// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../../src/content/sites/index';
import { gmail } from '../../../../src/content/sites/gmail/adapter';
import { outlook } from '../../../../src/content/sites/outlook/adapter';
import { JSDOM } from 'jsdom';
import { OUTLOOK_HOSTS } from '../../../fixtures/webmail/serve.mjs';

describe('adapterFor', () => {
  it('maps Gmail and the four Outlook hosts', () => {
    expect(adapterFor('mail.google.com')).toBe(gmail);
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
      expect(adapterFor(host)).toBe(outlook);
    }
    expect(adapterFor('MAIL.GOOGLE.COM.')).toBe(gmail);
  });

  it('serves the same hosts as the fixture server', () => {
    expect(OUTLOOK_HOSTS.map((h: string) => adapterFor(h)?.name)).toEqual(['outlook', 'outlook', 'outlook', 'outlook']);
  });

  it('returns null for every other host, look-alikes included', () => {
    for (const host of ['google.com', 'calendar.google.com', 'mail.google.com.evil.example', 'outlook.com', 'evil-outlook.office.com.example', 'example.org', '', 'localhost']) {
      expect(adapterFor(host)).toBeNull();
    }
  });

  it('recognises OWA on a custom domain only from OWA markers in the document', () => {
    const owa = new JSDOM('<head><link rel="stylesheet" href="https://res.cdn.office.net/owamail/x.css"></head>').window.document;
    expect(adapterFor('mail.contoso.example', owa)).toBe(outlook);
    expect(adapterFor('mail.contoso.example', new JSDOM('<p>hi</p>').window.document)).toBeNull();
  });
});
