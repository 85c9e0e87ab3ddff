// `core/wake`: the content script's "a scan is coming". The worker answers at once and, once
// per life, analyses a built-in invitation on a later task so the real analysis finds the
// date parser and the detection patterns compiled (docs/performance.md, "The cold path").
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { routeMessage as routeAny } from '../../../src/background/router';
import type { Reply } from '../../../src/shared/messages';

/** Every request here is answered at once (only core/analyze-page answers with a Promise). */
const routeMessage = (...a: Parameters<typeof routeAny>): Reply<unknown> => routeAny(...a) as Reply<unknown>;
import { DRAFT_WARM_UP_DELAY_MS, onWakeConnect, resetWarmUp, WARM_UP_DRAFT, WARM_UP_EMAIL } from '../../../src/background/warm-up';
import { WAKE_PORT } from '../../../src/shared/messages';
import * as analysis from '../../../src/analysis/index';
import * as templates from '../../../src/templates/index';

vi.mock('../../../src/analysis/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/analysis/index')>();
  return { ...real, analyzeEmail: vi.fn(real.analyzeEmail) };
});

vi.mock('../../../src/templates/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/templates/index')>();
  return { ...real, renderDraft: vi.fn(real.renderDraft) };
});

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const me = { id: OWN, tab: { id: 3 } };
const deps = () => ({ ownId: OWN, setBadge: vi.fn() });

describe('core/wake', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetWarmUp();
    vi.mocked(analysis.analyzeEmail).mockClear();
    vi.mocked(templates.renderDraft).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  test('answered at once; the warm-up runs after the reply, the draft a second after the analysis, once per worker life', () => {
    expect(routeMessage({ type: 'core/wake' }, me, deps())).toEqual({ ok: true, value: null });
    expect(analysis.analyzeEmail).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(analysis.analyzeEmail).toHaveBeenCalledTimes(1);
    expect(analysis.analyzeEmail).toHaveBeenCalledWith(WARM_UP_EMAIL);
    vi.advanceTimersByTime(DRAFT_WARM_UP_DELAY_MS - 1);
    expect(templates.renderDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(templates.renderDraft).toHaveBeenCalledWith(WARM_UP_DRAFT);
    routeMessage({ type: 'core/wake' }, me, deps());
    vi.runAllTimers();
    expect(analysis.analyzeEmail).toHaveBeenCalledTimes(1);
    expect(templates.renderDraft).toHaveBeenCalledTimes(1);
  });

  test('refused from another extension, like every message', () => {
    const r = routeMessage({ type: 'core/wake' }, { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }, deps());
    expect(r.ok).toBe(false);
    vi.runAllTimers();
    expect(analysis.analyzeEmail).not.toHaveBeenCalled();
  });

  test('the wake port: ours warms up and stays open; another extension\'s is closed; other ports are not ours to judge', () => {
    const port = (name: string, id: string) => ({ name, sender: { id }, disconnect: vi.fn() });
    const mine = port(WAKE_PORT, OWN);
    expect(onWakeConnect(mine, OWN)).toBe(true);
    vi.runAllTimers();
    expect(analysis.analyzeEmail).toHaveBeenCalledTimes(1);
    expect(mine.disconnect).not.toHaveBeenCalled();
    const foreign = port(WAKE_PORT, 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz');
    expect(onWakeConnect(foreign, OWN)).toBe(true);
    expect(foreign.disconnect).toHaveBeenCalled();
    const panel = port('tactful-panel', OWN);
    expect(onWakeConnect(panel, OWN)).toBe(false);
    expect(panel.disconnect).not.toHaveBeenCalled();
  });

  test('the built-in email exercises what a real one compiles: an invitation with a date and a time', () => {
    const a = analysis.analyzeEmail(WARM_UP_EMAIL);
    expect(a.invitation).toBe(true);
    expect(a.language).toBe('en');
    expect(a.fields.proposedTimes).toEqual(['2026-03-03T14:30']);
    const d = templates.renderDraft(WARM_UP_DRAFT);
    expect(d.body).toContain('Jane');
    expect(templates.checkTact(d.body, { intent: 'decline', contactName: 'Jane Doe', language: 'en' })).toEqual([]);
  });
});
