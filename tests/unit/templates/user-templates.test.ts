import { describe, expect, it } from 'vitest';
import { pickUserTemplate, renderUserTemplate, unknownVariables } from '../../../src/templates/user-templates';
import { defaultSettings } from '../../../src/shared/settings';

describe('renderUserTemplate', () => {
  it('fills the variables as plain text', () => {
    const out = renderUserTemplate('Dear {contact_name},\nthe {role} role at {company} on {interview_time}. {proposed_slots}\n{candidate_name}', {
      contact_name: 'Maria', role: 'Analyst', company: 'Acme & <Sons>', interview_time: 'Tue 10:00', proposed_slots: ['Wed 9:00', 'Thu 14:00'], candidate_name: 'Ada',
    });
    expect(out).toBe('Dear Maria,\nthe Analyst role at Acme & <Sons> on Tue 10:00. Wed 9:00; Thu 14:00\nAda');
  });

  it('leaves unknown and empty variables visible so the checker flags them', () => {
    expect(renderUserTemplate('Hi {contact_name}, {mood} regards', { contact_name: '' })).toBe('Hi {contact_name}, {mood} regards');
    expect(unknownVariables('Hi {contact_name}, {mood} {Mood}')).toEqual(['mood', 'Mood']);
  });

  it('does not re-substitute inside values', () => {
    expect(renderUserTemplate('{company}', { company: '{role}', role: 'X' })).toBe('{role}');
  });
});

describe('pickUserTemplate', () => {
  it('walks through the user’s variants, then the built-in wording (null), then round again', () => {
    const settings = { ...defaultSettings(), templates: { 'decline/warm': ['A', ' ', 'B'] } };
    const picks = [0, 1, 2, 3, -1].map((seed) => pickUserTemplate(settings, 'decline', 'warm', seed));
    expect(picks).toEqual(['A', 'B', null, 'A', null]);
    expect(pickUserTemplate(settings, 'decline', 'formal', 0)).toBeNull();
  });
});
