// Issue 16: the reason the user chose persists per intent for the session.
import { afterEach, describe, expect, it } from 'vitest';
import { loadReasonMemory, parseMemory, reasonFor, remember, resetReasonMemory, saveReasonMemory } from '../../../../src/ui/composer/reason-memory';

afterEach(() => resetReasonMemory());

describe('the reason per intent', () => {
  it('comes back after visiting an intent that takes no reason', () => {
    let m = remember({}, 'decline', 'not_a_fit');
    m = remember(m, 'reschedule', 'travel');
    // Accept and Follow-up offer only "no reason": choosing them remembers nothing over the others.
    m = remember(m, 'accept', 'not_a_fit');
    expect(reasonFor(m, 'accept')).toBe('no_reason');
    expect(reasonFor(m, 'decline')).toBe('not_a_fit');
    expect(reasonFor(m, 'reschedule')).toBe('travel');
    // Not chosen yet: the user's default when the intent offers it, else "no reason".
    expect(reasonFor(m, 'withdraw', 'personal')).toBe('personal');
    expect(reasonFor(m, 'withdraw')).toBe('no_reason');
    expect(reasonFor(m, 'call_points', 'travel')).toBe('no_reason');
  });

  it('a reason the intent does not offer is never remembered for it', () => {
    expect(remember({}, 'decline', 'conflict')).toEqual({});
  });

  it('is held for the page’s life, and read back only as known intents and reasons', () => {
    saveReasonMemory({ decline: 'personal' });
    expect(loadReasonMemory()).toEqual({ decline: 'personal' });
    expect(parseMemory('{"decline":"other_offer","evil":"x","withdraw":"<img>"}')).toEqual({ decline: 'other_offer' });
    expect(parseMemory('not json')).toEqual({});
    expect(parseMemory(42)).toEqual({});
  });
});
