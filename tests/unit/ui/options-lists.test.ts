import './i18n-setup'; // chrome.i18n over messages.json: English names, as in the extension
import { describe, expect, it } from 'vitest';
import { INTENT_OPTIONS, PRIMARY_INTENTS, TONE_OPTIONS, reasonOptions } from '../../../src/ui/options-lists';
import * as core from '../../../src/templates/index';

describe('option lists', () => {
  it('offer the same intents, tones and reasons as the template core', () => {
    expect(INTENT_OPTIONS.map((o) => o.value)).toEqual([...core.INTENTS]);
    expect(TONE_OPTIONS.map((o) => o.value)).toEqual([...core.TONES]);
    for (const intent of core.INTENTS) expect(reasonOptions(intent).map((o) => o.value)).toEqual([...core.REASONS_BY_INTENT[intent]]);
  });

  it('name the primary intents exactly Decline, Reschedule, Withdraw', () => {
    expect(PRIMARY_INTENTS.map((o) => o.label)).toEqual(['Decline', 'Reschedule', 'Withdraw']);
  });
});
