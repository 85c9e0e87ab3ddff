import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { manifestFor, type Target } from './scripts/manifests.ts';

const target = (process.env.TACTFUL_TARGET ?? 'chrome') as Target;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target) as unknown as ManifestV3Export,
      browser: target,
      // One self-contained IIFE for the content script: no loader, no
      // web_accessible_resources, so a page cannot probe for our files.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    rollupOptions: {
      input: { options: 'src/options/index.html' },
    },
  },
});
