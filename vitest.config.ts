import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts so the crx() plugin never runs under vitest.
// Two projects: fast unit tests, and browser tests that drive the built extension in
// real Chromium (one file at a time: each launches its own browser).
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        plugins: [preact()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
