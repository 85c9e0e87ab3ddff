// The composer's draft state, tested without a DOM: its transitions are plain functions.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT, draftFailed, editDraft, isCurrent, offerDraft, redraftDelay, retype, takeOffer, typedParts, type DraftState,
} from '../../../../src/ui/composer/draft-state';
import type { Finding } from '../../../../src/shared/types';

const finding: Finding = { rule: 'placeholder', severity: 'error', message: 'x', span: [0, 1] };
const offer = (body: string, findings: Finding[] = [], notes: string[] = []) => ({ body, findings, notes });
const first = offerDraft(EMPTY_DRAFT, offer('First', [finding], ['a note']));

describe('the draft state', () => {
  it('puts the first draft in, with its findings and notes', () => {
    expect(first).toMatchObject({ text: 'First', generated: 'First', findings: [finding], notes: ['a note'], pending: null });
  });

  it('replaces its own untouched draft with a new one', () => {
    expect(offerDraft(first, offer('Second'))).toMatchObject({ text: 'Second', generated: 'Second', pending: null });
  });

  it('never swaps the user’s edits: a new draft is only offered', () => {
    const edited = editDraft(first, 'First, with my words');
    expect(edited).toMatchObject({ text: 'First, with my words', notes: [], checking: true });
    const s = offerDraft(edited, offer('Second'));
    expect(s.text).toBe('First, with my words');
    expect(s.pending?.body).toBe('Second');
  });

  it('offers nothing when the new draft equals the edited text', () => {
    const s = offerDraft(editDraft(first, 'Mine'), offer('Mine'));
    expect(s).toMatchObject({ text: 'Mine', pending: null });
  });

  it('an emptied box takes the next draft without asking', () => {
    expect(offerDraft(editDraft(first, '  '), offer('Second')).text).toBe('Second');
  });

  it('a new draft clears an error shown before', () => {
    const failed: DraftState = { ...first, error: 'Could not draft' };
    expect(offerDraft(failed, offer('Ok')).error).toBe('');
  });

  it('taking the offer puts it in and ends the check; with nothing offered nothing changes', () => {
    const waiting = offerDraft(editDraft(first, 'Mine'), offer('Second', [finding], ['n']));
    expect(takeOffer(waiting)).toMatchObject({ text: 'Second', generated: 'Second', findings: [finding], notes: ['n'], pending: null, checking: false });
    expect(takeOffer(first)).toBe(first);
  });
});

describe('which request the box answers (Insert waits for the newest)', () => {
  it('nothing is current before the first answer; an answer makes its request current', () => {
    expect(isCurrent(EMPTY_DRAFT, 'k1')).toBe(false);
    const s = offerDraft(EMPTY_DRAFT, offer('First'), 'k1');
    expect(isCurrent(s, 'k1')).toBe(true);
    expect(isCurrent(s, 'k2')).toBe(false); // the user chose something else since
  });

  it('an offer over the user’s edits answers the request too (what is shown is their text)', () => {
    const s = offerDraft(editDraft(offerDraft(EMPTY_DRAFT, offer('First'), 'k1'), 'Mine'), offer('Second'), 'k2');
    expect(s.text).toBe('Mine');
    expect(isCurrent(s, 'k2')).toBe(true);
  });

  it('a failed request is answered but not current: the box still holds the draft before it', () => {
    const s = draftFailed(offerDraft(EMPTY_DRAFT, offer('First'), 'k1'), 'Couldn’t write a draft', 'k2');
    expect(s).toMatchObject({ text: 'First', answered: 'k2', failed: true, error: 'Couldn’t write a draft' });
    expect(isCurrent(s, 'k2')).toBe(false);
    expect(isCurrent(offerDraft(s, offer('Third'), 'k3'), 'k3')).toBe(true);
  });
});

describe('what the user typed into the box', () => {
  it('one keystroke at a time adds up to one typed run', () => {
    let s = offerDraft(EMPTY_DRAFT, offer('Dear Ana,\n\nThanks.'));
    let typed = '';
    for (const c of ' See https://me.example') s = editDraft(s, `Dear Ana,\n\nThanks.${(typed += c)}`);
    expect(typedParts(s)).toEqual([' See https://me.example']);
    expect(s.text.endsWith('Thanks. See https://me.example')).toBe(true);
  });

  it('a paste in the middle is typed; the generated text around it is not, and spans after it move', () => {
    const spans = retype([[10, 14]], 'abcdefghijWXYZ', 'abcPASTEdefghijWXYZ');
    expect(spans).toEqual([[3, 8], [15, 19]]);
  });

  it('deleting part of a typed run shortens it; deleting the generated text between two runs joins them', () => {
    expect(retype([[2, 8]], 'abCDEFGHij', 'abCDHij')).toEqual([[2, 5]]);
    expect(retype([[0, 2], [4, 6]], 'XXabYY', 'XXYY')).toEqual([[0, 4]]);
  });

  it('replacing a generated word marks only the new word', () => {
    const before = 'I have accepted another offer.';
    const after = 'I have taken another offer.';
    expect(retype([], before, after).map(([a, b]) => after.slice(a, b))).toEqual(['taken']);
  });

  it('a new draft of ours (or taking the offer) leaves nothing typed', () => {
    const edited = editDraft(offerDraft(EMPTY_DRAFT, offer('First')), 'First https://me.example');
    expect(typedParts(edited)).toEqual([' https://me.example']);
    expect(typedParts(offerDraft(editDraft(edited, ''), offer('Second')))).toEqual([]);
    expect(takeOffer(offerDraft(edited, offer('Second'))).typed).toEqual([]);
  });
});

describe('when to re-draft', () => {
  const base = { choice: 'decline|warm', vars: { company: 'Acme', role: 'Analyst', askRemote: false } };
  it('the first draft, and any click (intent, tone, reason, Another wording) at once', () => {
    expect(redraftDelay(null, base, 150)).toBe(0);
    expect(redraftDelay(base, { ...base, choice: 'reschedule|warm' }, 150)).toBe(0);
  });
  it('typing in a text field waits for the debounce', () => {
    expect(redraftDelay(base, { ...base, vars: { ...base.vars, company: 'Acme Corp' } }, 150)).toBe(150);
  });
  it('a checkbox or a new analysis (not typing) at once', () => {
    expect(redraftDelay(base, { ...base, vars: { ...base.vars, askRemote: true } }, 150)).toBe(0);
    expect(redraftDelay(base, { ...base, vars: { ...base.vars, location: 'Berlin' } }, 150)).toBe(0);
  });
});
