import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts so the crx() plugin never runs under vitest.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
