// The service worker as one self-contained file, built after the main build.
// - Size: in the main build the worker shares chunks with the extension pages (the settings
//   reader, the message shapes); a shared chunk keeps every export any page uses and is
//   gzipped apart from the rest: 3.4 KB gzip more than the worker alone needs (issue 14's
//   160 KB budget).
// - Cold start (Chrome): a classic (non-module) service worker gets V8's code cache, a module
//   one does not: compiling the worker at each start went from 25.0 to 3.7 ms CPU in
//   `npm run bench -- --cold`. So dist/chrome's manifest names the file itself, with no
//   "type": "module". Firefox (an event page, background.scripts) keeps its module loader.
// The worker chunk crx made, which nothing else loads, is deleted; the pages keep theirs.
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

const LOADER = 'service-worker-loader.js';

interface Manifest {
  background: { service_worker?: string; scripts?: string[]; type?: string };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export function standaloneWorker(opts: { entry: string; define: Record<string, string>; target: string; browser: 'chrome' | 'firefox' }): Plugin {
  let root = '';
  let outDir = '';
  const classic = opts.browser === 'chrome';
  return {
    name: 'tactful:standalone-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const loaderPath = path.join(outDir, LOADER);
      const loader = readFileSync(loaderPath, 'utf8');
      const old = /^import\s*['"]\.\/([^'"]+)['"];?\s*$/.exec(loader.trim())?.[1];
      if (!old || !existsSync(path.join(outDir, old))) throw new Error(`${LOADER} does not import one built file: ${loader}`);
      const name = path.basename(old);
      const users = filesUnder(outDir).filter((f) => f !== loaderPath && !f.endsWith(old) && /\.(?:m?js|html|json|css)$/.test(f) && readFileSync(f, 'utf8').includes(name));
      if (users.length) throw new Error(`${old} is loaded by ${users.map((f) => path.relative(outDir, f)).join(', ')} too: cannot replace it`);
      const result = await build({
        configFile: false,
        root,
        publicDir: false,
        logLevel: 'warn',
        define: opts.define,
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: opts.target,
          minify: true,
          sourcemap: false,
          // ~540 KB raw by design (the analysis and the templates); the size that counts is the gzip budget.
          chunkSizeWarningLimit: 1024,
          rollupOptions: {
            input: { background: opts.entry },
            // One file: an MV3 service worker may not import() at run time anyway.
            output: { entryFileNames: 'assets/background-[hash].js', codeSplitting: false, format: classic ? 'iife' : 'es', strict: true },
          },
        },
      });
      const output = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const files = output.filter((o) => o.type === 'chunk').map((o) => o.fileName);
      if (files.length !== 1) throw new Error(`the worker should build to one file, got ${files.join(', ')}`);
      unlinkSync(path.join(outDir, old));
      if (!classic) {
        writeFileSync(loaderPath, `import './${files[0]}';\n`);
        return;
      }
      const manifestPath = path.join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      if (manifest.background.service_worker !== LOADER) throw new Error(`${manifestPath}: background.service_worker is not ${LOADER}`);
      manifest.background = { service_worker: files[0]! };
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
      unlinkSync(loaderPath);
    },
  };
}
