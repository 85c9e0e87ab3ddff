// The service worker as one self-contained file. In the main build the worker shares chunks
// with the extension pages (the settings reader, the message shapes), and a shared chunk
// keeps every export any page uses, gzipped apart from the rest: 3.4 KB gzip more than the
// worker alone needs (issue 14's 160 KB budget). After the main build this builds
// src/background/index.ts again on its own, points service-worker-loader.js (crx's, named in
// the manifest) at it and deletes the worker chunk crx made, which nothing else loads. The
// pages keep their shared chunks; no module runs twice, as each context loads one copy.
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

const LOADER = 'service-worker-loader.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export function standaloneWorker(opts: { entry: string; define: Record<string, string>; target: string }): Plugin {
  let root = '';
  let outDir = '';
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
          rollupOptions: {
            input: { background: opts.entry },
            // One file: an MV3 service worker may not import() at run time anyway.
            output: { entryFileNames: 'assets/background-[hash].js', codeSplitting: false },
          },
        },
      });
      const output = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const files = output.filter((o) => o.type === 'chunk').map((o) => o.fileName);
      if (files.length !== 1) throw new Error(`the worker should build to one file, got ${files.join(', ')}`);
      unlinkSync(path.join(outDir, old));
      writeFileSync(loaderPath, `import './${files[0]}';\n`);
    },
  };
}
