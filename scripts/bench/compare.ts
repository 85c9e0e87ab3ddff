// 4b. Side by side: the published bundles of two Gmail extension libraries, installed from
// npm into a temporary folder and measured with the same code as our dist (sizes.ts), plus
// their minified size (esbuild, when it is installed) since ours ships minified.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipBytes, packageEntrySize, type EntrySize } from './sizes';

export interface LibrarySize extends EntrySize {
  version: string;
  skipped: string[];
  /** esbuild --minify of the same files, summed; NaN when esbuild is unavailable. */
  minRaw: number;
  minGzip: number;
  note: string;
}

export interface Install {
  dir: string;
  ok: boolean;
  error: string;
  seconds: number;
  cleanup(): void;
}

/** `npm install --no-save --prefix <tmp> @inboxsdk/core gmail-js` (no scripts run), in the background. */
export function installLibraries(timeoutMs = 150_000): Promise<Install> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tactful-bench-libs-'));
  const started = Date.now();
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['install', '--no-save', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', '@inboxsdk/core', 'gmail-js'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const done = (ok: boolean, error: string) => {
      clearTimeout(timer);
      resolve({ dir, ok, error, seconds: (Date.now() - started) / 1000, cleanup });
    };
    child.on('error', (e) => done(false, e.message));
    child.on('exit', (code, signal) => {
      const lines = err.split('\n').filter((l) => l.trim() && !/Unknown (user|project) config/.test(l));
      if (code === 0 && existsSync(path.join(dir, 'node_modules', 'gmail-js', 'package.json'))) done(true, '');
      else done(false, signal ? `npm install timed out (${signal})` : lines.slice(-2).join(' ').slice(0, 200) || `npm exited with ${code}`);
    });
  });
}

function minifier(): ((code: string) => string) | null {
  try {
    // esbuild comes with the dev tools (a dependency of vite/tsx); optional here.
    const esbuild = createRequire(import.meta.url)('esbuild') as { transformSync(code: string, o: object): { code: string } };
    return (code) => esbuild.transformSync(code, { minify: true, loader: 'js', logLevel: 'silent' }).code;
  } catch {
    return null;
  }
}

export async function librarySizes(install: Install): Promise<LibrarySize[]> {
  const nm = path.join(install.dir, 'node_modules');
  const targets: Array<{ dir: string; name: string; entry?: string; note: string }> = [
    { dir: path.join(nm, '@inboxsdk', 'core'), name: '@inboxsdk/core (inboxsdk.js, content script)', note: 'package main' },
    { dir: path.join(nm, '@inboxsdk', 'core'), name: '@inboxsdk/core (pageWorld.js, injected into the page)', entry: 'pageWorld.js', note: 'loaded by inboxsdk.js into the page' },
    { dir: path.join(nm, 'gmail-js'), name: 'gmail-js (src/gmail.js)', note: 'package main; needs jQuery on top (not counted)' },
  ];
  const minify = minifier();
  const out: LibrarySize[] = [];
  for (const t of targets) {
    if (!existsSync(path.join(t.dir, 'package.json'))) continue;
    const s = packageEntrySize(t.dir, t.name, t.entry);
    let minRaw = NaN;
    let minGzip = NaN;
    if (minify) {
      minRaw = 0;
      minGzip = 0;
      for (const f of s.files) {
        const code = readFileSync(path.join(nm, f.file), 'utf8');
        try {
          const min = minify(code);
          minRaw += Buffer.byteLength(min);
          minGzip += gzipBytes(min);
        } catch {
          minRaw += f.raw;
          minGzip += f.gzip;
        }
      }
    }
    out.push({ ...s, minRaw, minGzip, note: t.note });
  }
  return out;
}
