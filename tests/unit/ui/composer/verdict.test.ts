// Issue 16: the verdict is one short line and does not repeat itself.
import '../i18n-setup';
import { describe, expect, it } from 'vitest';
import { verdictText } from '../../../../src/ui/composer/model';
import { sampleAnalysis, sampleEmail } from '../helpers';

describe('the verdict line', () => {
  it('names one reason only, so two reasons saying the same never stand side by side', () => {
    // The analysis' English signals for the demo's Acme email repeat each other.
    const analysis = sampleAnalysis({
      signals: ['asks for your availability for a video interview for Senior Product Designer', 'invites you to a video interview for Senior Product Designer'],
      why: [{ key: 'whyAvailability', for: true }, { key: 'whyInvite', for: true }],
    });
    const line = verdictText(analysis, sampleEmail());
    expect(line).toBe('Looks like an interview invitation: asks for your availability');
    expect(line).not.toContain(';');
    // Without message keys (an older analysis), the first English signal alone.
    const old = verdictText({ ...analysis, why: undefined }, sampleEmail());
    expect(old.match(/Senior Product Designer/g)).toHaveLength(1);
  });

  it('skips a reason that only says again what the verdict says', () => {
    const analysis = sampleAnalysis({
      signals: ['invites you to an interview', 'includes a Calendly scheduling link'],
      why: [{ key: 'whyInvite', for: true }, { key: 'whySchedulingLink', params: ['Calendly'], for: true }],
    });
    expect(verdictText(analysis, sampleEmail())).toBe('Looks like an interview invitation: includes a Calendly scheduling link');
    const only = sampleAnalysis({ signals: ['invites you to an interview'], why: [{ key: 'whyInvite', for: true }] });
    expect(verdictText(only, sampleEmail())).toBe('Looks like an interview invitation.');
  });
});

describe('unsure', () => {
  it('says plainly that it is not sure this is an interview invitation (issue 14’s unsure flag)', () => {
    const unsure = sampleAnalysis({ invitation: false, button: true, unsure: true });
    expect(verdictText(unsure, sampleEmail())).toBe('Tactful isn’t sure this is an interview invitation — read the draft closely before you use it.');
    const no = sampleAnalysis({ invitation: false, button: false, unsure: false });
    expect(verdictText(no, sampleEmail())).toBe('This doesn’t look like an interview invitation — you can still draft a reply.');
  });
});
