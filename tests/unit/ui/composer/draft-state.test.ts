// The composer's draft state, tested without a DOM: its transitions are plain functions.
import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, editDraft, offerDraft, takeOffer, type DraftState } from '../../../../src/ui/composer/draft-state';
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
