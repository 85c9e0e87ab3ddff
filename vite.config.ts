import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { CONTENT_SCRIPT_FILES, manifestFor, type Target } from './scripts/manifests.ts';
import { standaloneWorker } from './scripts/worker-bundle.ts';

const target = (process.env.TACTFUL_TARGET ?? 'chrome') as Target;
// scripts/build.mjs builds dist/<target> with the worker's test hooks and dist/store/<target>
// (the store zip's contents) without them.
const testHooks = process.env.TACTFUL_TEST_HOOKS === '1';
const define = { __TACTFUL_TEST_HOOKS__: JSON.stringify(testHooks) };

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target) as unknown as ManifestV3Export,
      browser: target,
      // One self-contained IIFE per webmail's content script (src/content/gmail.ts, …): no
      // loader and no shared chunk, so the only web-accessible file is the panel's page
      // (scripts/manifests.ts) and each webmail parses only its own adapter.
      contentScripts: { standaloneFiles: [...CONTENT_SCRIPT_FILES] },
    }),
    // The worker as one file of its own, sharing no chunk with the pages (scripts/worker-bundle.ts).
    standaloneWorker({ entry: 'src/background/index.ts', define, target: 'es2022', browser: target }),
  ],
  define,
  build: {
    outDir: process.env.TACTFUL_OUT_DIR ?? `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    rollupOptions: {
      input: { options: 'src/options/index.html', frame: 'src/frame/index.html' },
    },
  },
});
