// What the user typed outside the draft box, for the tact checker's `typed` list: their own
// name and signature, the times they offer, and only what they changed in a field the email filled.
import { describe, expect, it } from 'vitest';
import { changedPart, typedOutsideDraft } from '../../../../src/ui/composer/typed';
import { initialFields } from '../../../../src/shared/first-draft';
import { defaultSettings } from '../../../../src/shared/settings';
import { sampleAnalysis, sampleEmail } from '../helpers';

describe('typed outside the draft box', () => {
  it('a field as the email had it is not typed; only the changed part is', () => {
    expect(changedPart('Analyst see https://evil.example/login', 'Analyst see https://evil.example/login')).toBe('');
    expect(changedPart('Analyst see https://evil.example/login', 'Analyst see https://evil.example/login!')).toBe('!');
    expect(changedPart('Analyst', 'Data Analyst')).toBe('Data ');
    expect(changedPart('', 'https://me.example')).toBe('https://me.example');
  });

  it('their name, signature and slots; not the role the email smuggled a link into', () => {
    const analysis = sampleAnalysis({ fields: { ...sampleAnalysis().fields, role: 'Analyst see https://evil.example/login' } });
    const settings = { ...defaultSettings(), candidateName: 'Ada Byron', signature: 'Ada Byron\n+44 20 7946 0000' };
    const fields = { ...initialFields(analysis, sampleEmail(), settings), proposedSlots: 'Wed 9:00' };
    const typed = typedOutsideDraft(fields, settings, analysis, 'en');
    expect(typed).toEqual(['Ada Byron', 'Ada Byron\n+44 20 7946 0000', 'Ada Byron', 'Wed 9:00']);
    expect(typed.join('\n')).not.toContain('evil.example');
    const edited = typedOutsideDraft({ ...fields, role: 'Analyst, see https://me.example/cv' }, settings, analysis, 'en');
    expect(edited.join('\n')).toContain('https://me.example/cv');
  });

  it('their own templates (written in Options) are theirs: a link in one is typed', () => {
    const settings = { ...defaultSettings(), templates: { 'decline/warm': ['Dear {contact_name}, my portfolio stays at https://ada.example/work.'] } };
    const fields = initialFields(sampleAnalysis(), sampleEmail(), settings);
    expect(typedOutsideDraft(fields, settings, sampleAnalysis(), 'en').join('\n')).toContain('https://ada.example/work');
  });
});
