import '../../ui/i18n-setup';
import { describe, expect, it } from 'vitest';
import { defaultSettings, exportSettings, importSettings, type Settings } from '../../../../src/shared/settings';

const mine: Settings = {
  version: 2,
  candidateName: 'Ada Lovelace',
  signature: 'Ada\n+44 20 0000 0000',
  defaultTone: 'formal',
  defaultReason: 'not_a_fit',
  language: 'de',
  templates: { 'decline/warm': ['Dear {contact_name}, thank you — {candidate_name}'] },
};

describe('export and import', () => {
  it('round-trips', () => {
    const json = exportSettings(mine);
    expect(JSON.parse(json)).toEqual(mine);
    expect(importSettings(json)).toEqual({ ok: true, settings: mine });
  });

  it('rejects non-JSON, wrong shapes and unknown versions with plain errors', () => {
    expect(importSettings('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(importSettings('{oops')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(importSettings('[1]')).toMatchObject({ ok: false, error: expect.stringMatching(/does not contain Tactful settings/) });
    expect(importSettings('{"version":9}')).toMatchObject({ ok: false, error: expect.stringMatching(/different version/) });
  });

  it('is never half-applied: one bad field rejects the whole file', () => {
    const bad = { ...mine, templates: { ...mine.templates, 'decline/formal': [42] } };
    const r = importSettings(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^Nothing was changed: .*decline\/formal/);
    const r2 = importSettings(JSON.stringify({ ...mine, defaultTone: 'rude' }));
    expect(!r2.ok && r2.error).toBe('Nothing was changed: Your default tone could not be read.');
  });

  it('rejects unknown keys rather than dropping them silently', () => {
    const r = importSettings(JSON.stringify({ ...mine, theme: 'dark' }));
    expect(!r.ok && r.error).toMatch(/does not know \(theme\)/);
  });

  it('accepts a version 1 file by migrating it', () => {
    expect(importSettings('{"version":1,"name":"Ada","tone":"brief"}')).toEqual({
      ok: true, settings: { ...defaultSettings(), candidateName: 'Ada', defaultTone: 'brief' },
    });
  });
});
