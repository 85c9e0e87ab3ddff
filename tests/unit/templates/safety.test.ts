import { describe, expect, it } from 'vitest';
import type { DraftVariables, Intent, Reason, Tone } from '../../../src/shared/types';
import { escapeHtml, INTENTS, REASONS_BY_INTENT, renderDraft, SUPPORTED_LANGUAGES, TONES } from '../../../src/templates';
import { FULL_VARS } from './fixtures';

/** mulberry32: small seeded PRNG so a failure can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '{{constructor.constructor(\'alert(1)\')()}}',
  '${alert(1)}',
  '\u202eevil.exe\u202c',
  '\u2066\u2067\u2068\u2069',
  'Jo\u200bhn\u200d\ufeff',
  '😀👩‍💻🏳️‍🌈',
  'مرحبا بالعالم',
  '',
  '   ',
  '\n\r\n\t',
  '&amp;&lt;&#x3c;',
  '</p><p>',
  'javascript:alert(1)',
  '\u0000\u0007\u001b[31m',
  '[Name]',
  'a'.repeat(100_000),
];

/** Strip our own tags; whatever "<" is left came from a value and was not escaped. */
function foreignTags(html: string): string[] {
  return html.replace(/<\/?p>|<br>/g, '').match(/<[^\s]?/g) ?? [];
}

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and backticks', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a&b"c'd\`e`)).toBe('a&amp;b&quot;c&#39;d&#96;e');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
  it('copes with non-strings', () => {
    expect(escapeHtml(undefined as unknown as string)).toBe('');
    expect(escapeHtml(5 as unknown as string)).toBe('5');
  });
});

describe('html output', () => {
  it('shows a hostile company name as text', () => {
    const d = renderDraft({ intent: 'decline', reason: 'other_offer', tone: 'warm', language: 'en', seed: 0, vars: { ...FULL_VARS, company: '<img src=x onerror=alert(1)>' } });
    expect(d.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(d.html).not.toContain('<img');
    expect(d.body).toContain('<img src=x onerror=alert(1)>');
  });
  it('uses <p> for paragraphs and <br> for line breaks, nothing else', () => {
    const d = renderDraft({ intent: 'reschedule', reason: 'conflict', tone: 'formal', language: 'en', seed: 0, vars: FULL_VARS });
    expect(d.html.startsWith('<p>Dear Jane Doe,</p>')).toBe(true);
    expect(d.html).toContain('<br>');
    expect(d.html.match(/<p>/g)?.length).toBe(d.body.split('\n\n').length);
    expect(d.html.match(/<(?!\/?p>|br>)/g)).toBeNull();
  });
  it('drops bidi overrides and zero-width spaces from names, keeps emoji joiners', () => {
    const d = renderDraft({ intent: 'decline', reason: 'other_offer', tone: 'formal', language: 'en', seed: 0, vars: { ...FULL_VARS, contactName: 'Ja\u200bne \u202eDoe', company: 'Dev 👩‍💻 Co' } });
    expect(d.body.startsWith('Dear Jane Doe,')).toBe(true);
    expect(d.body).toContain('Dev 👩‍💻 Co');
  });
  it('keeps a subject on one line', () => {
    const d = renderDraft({ intent: 'decline', reason: 'other_offer', tone: 'warm', language: 'en', seed: 0, vars: { originalSubject: 'Hi\r\nBcc: evil@example.com' } });
    expect(d.subject).toBe('Re: Hi Bcc: evil@example.com');
  });
});

describe('property: random hostile values never break rendering', () => {
  const fields: (keyof DraftVariables)[] = [
    'candidateName', 'signature', 'contactName', 'company', 'role', 'interviewTime', 'location',
    'schedulingLink', 'reasonDetail', 'referralName', 'originalSubject',
  ];
  const LANGS = [...SUPPORTED_LANGUAGES, 'xx', ''];

  it('400 seeded iterations: no throw, no foreign tag, no raw quote, bounded size', () => {
    const rand = prng(20250510);
    const any = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const vars: Record<string, unknown> = {};
      for (const f of fields) {
        if (rand() < 0.8) vars[f] = any(HOSTILE) + (rand() < 0.3 ? any(HOSTILE) : '');
      }
      vars.proposedSlots = rand() < 0.5 ? [any(HOSTILE), any(HOSTILE)] : any([[], undefined, 'nope', [null, 3]]);
      vars.askRemote = rand() < 0.5;
      vars.lateReply = rand() < 0.5;
      vars.format = any(['video', 'phone', 'onsite', '', '<b>', undefined]);
      const intent = any(INTENTS) as Intent;
      const request = {
        intent,
        reason: any(REASONS_BY_INTENT[intent]) as Reason,
        tone: any(TONES) as Tone,
        language: any(LANGS),
        seed: Math.floor(rand() * 1e9) - 5e8,
        vars: vars as Partial<DraftVariables>,
      };
      let d: ReturnType<typeof renderDraft> | undefined;
      expect(() => {
        d = renderDraft(request);
      }, `iteration ${i}`).not.toThrow();
      if (!d) continue;
      expect(foreignTags(d.html), `iteration ${i}`).toEqual([]);
      expect(d.html).not.toMatch(/["'`]/);
      expect(d.html).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
      expect(d.subject).not.toMatch(/[\r\n]/);
      // Long fields are cut, so one hostile value cannot blow up the reply.
      expect(d.body.length).toBeLessThan(6000);
      expect(Array.isArray(d.warnings)).toBe(true);
      checked++;
    }
    expect(checked).toBe(400);
  });
});
