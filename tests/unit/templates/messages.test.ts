// The template core's warnings and the checker's findings carry a message key and parameters
// (issue 17), so the panel says them in the UI's language. Each English text in the code must be
// exactly what en/messages.json says for its key, and every key must exist.
import { describe, expect, it } from 'vitest';
import { getMessage } from '../ui/i18n-setup';
import { checkTact, renderDraft } from '../../../src/templates';
import { NOTICE_KEYS, notice } from '../../../src/templates/notices';
import { FINDING_KEYS, said } from '../../../src/templates/check/messages';

const SAMPLE = ['P-one', 'P-two'];

describe('message keys of the template core', () => {
  it('every warning’s English text is en/messages.json’s, with the same parameters', () => {
    for (const key of NOTICE_KEYS) {
      const n = notice(key, ...SAMPLE);
      expect(getMessage(key, n.params), key).toBe(n.text);
    }
  });

  it('every finding’s English text is en/messages.json’s, with the same parameters', () => {
    for (const key of FINDING_KEYS) {
      const f = said('rule', 'warning', key, SAMPLE);
      expect(getMessage(key, f.params), key).toBe(f.message);
    }
  });

  it('a rendered draft and a check hand both over: English words and the key', () => {
    const d = renderDraft({ intent: 'accept', reason: 'no_reason', tone: 'warm', language: 'nl', seed: 0, vars: {} });
    expect(d.notices?.map((n) => n.key)).toContain('warnIntentUnavailableNl');
    expect(d.notices?.map((n) => n.text)).toEqual(d.warnings);
    const found = checkTact('Dear [Name],\n\nI decline.', { intent: 'decline', contactName: 'Jane Doe' });
    expect(found.length).toBeGreaterThan(1);
    for (const f of found) {
      expect(f.key, f.rule).toMatch(/^finding[A-Z]/);
      expect(getMessage(f.key ?? '', f.params)).toBe(f.message);
    }
  });
});
