// Runs the insertion checks of tests/browser/insert.spec.mjs (insertAtTop and the
// adapters bundled into a CDP isolated world on the fixture webmails) under vitest, one
// test per check, so npm test counts them.
import { describe, expect, test } from 'vitest';
import { run } from './insert.spec.mjs';

describe('insertion into the fixture webmails’ reply editors', async () => {
  const { results } = (await run({ log: () => {} })) as { results: { name: string; ok: boolean; detail?: string }[] };
  test('ran the checks', () => {
    expect(results.length).toBeGreaterThan(10);
  });
  for (const r of results) {
    test(r.name, () => {
      expect(r.ok, r.detail ?? '').toBe(true);
    });
  }
});
