import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts so the crx() plugin never runs under vitest.
// Three projects: fast unit tests; the browser tests in real Chromium (`browser`); and the
// same test files again in real Firefox (`firefox`), the browser picked by TACTFUL_BROWSER
// (tests/browser/harness.ts). One file at a time per browser: each launches its own.
// The groups run one after another (sequence.groupOrder): unit, then Chromium, then Firefox,
// so the two browsers never compete for this machine's two cores.
const browserTest = { environment: 'node' as const, fileParallelism: false, testTimeout: 60_000, hookTimeout: 90_000 };

// In Firefox: everything except what only Chromium can do. bounded.test.ts counts long tasks
// with PerformanceObserver('longtask'), which Firefox does not implement; locale.test.ts runs
// Chromium in German through its locale packs (chromium-l10n): Firefox would need a German
// language pack, which Debian ships separately (firefox-esr-l10n-de) and CI does not install.
const CHROMIUM_ONLY = ['tests/browser/bounded.test.ts', 'tests/browser/locale.test.ts'];

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        plugins: [preact()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], env: { TACTFUL_BROWSER: 'chromium' }, sequence: { groupOrder: 1 }, ...browserTest },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/browser/**/*.test.ts'],
          exclude: CHROMIUM_ONLY,
          env: { TACTFUL_BROWSER: 'firefox' },
          sequence: { groupOrder: 2 },
          ...browserTest,
        },
      },
    ],
  },
});
