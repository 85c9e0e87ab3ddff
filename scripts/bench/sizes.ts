// Bundle sizes, shared by `npm run bench` and the budget test (tests/unit/budgets/).
// An entry's size is its own file plus every file it loads, transitively: <script src>,
// <link rel=stylesheet|modulepreload> in HTML; static `import … from`, `export … from`,
// `import "…"`, dynamic `import("…")` and Vite's preload lists (`m.f=[…]`) in JS; `@import`
// in CSS. Sizes are raw bytes and gzip (level 9) bytes, summed file by file.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  /** Path relative to the folder the entry lives in (dist/chrome, a package folder). */
  file: string;
  raw: number;
  gzip: number;
}

export interface EntrySize {
  name: string;
  files: FileSize[];
  raw: number;
  gzip: number;
}

/** The budgets `npm test` enforces (gzip bytes, transitive). */
export const BUDGETS = {
  // Each webmail's content script, with everything it loads (#18: 15 KB). 40 KB until the
  // panel moved into its own extension page (#13, 35.7 -> 24.4 KB), then 25 KB; one script
  // per webmail and no webextension-polyfill in the page brought it under 15.
  content: 15 * 1024,
  popup: 60 * 1024,
} as const;

export function gzipBytes(buf: Buffer | string): number {
  return gzipSync(buf, { level: 9 }).length;
}

export function sizeOf(root: string, file: string): FileSize {
  const buf = readFileSync(path.join(root, file));
  return { file, raw: buf.length, gzip: gzipBytes(buf) };
}

function total(name: string, files: FileSize[]): EntrySize {
  return { name, files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

const posix = (p: string): string => p.split(path.sep).join('/');

/** References a file makes to other files (unresolved specifiers, with how to resolve them). */
export function referencesIn(file: string, text: string): Array<{ spec: string; fromRoot: boolean }> {
  const out: Array<{ spec: string; fromRoot: boolean }> = [];
  const push = (spec: string | undefined, fromRoot = false) => {
    if (spec && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(spec)) out.push({ spec, fromRoot });
  };
  if (/\.html?$/i.test(file)) {
    for (const m of text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) push(m[1]);
    for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
      const tag = m[0];
      const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] ?? '';
      if (!/\b(?:stylesheet|modulepreload)\b/i.test(rel)) continue;
      push(/\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]);
    }
  } else if (/\.css$/i.test(file)) {
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gi)) push(m[1]);
  } else {
    const q = `["'\`]([^"'\`\\n]+)["'\`]`;
    const patterns = [
      new RegExp(`\\bimport\\s*(?:[\\w*${'$'}{}\\s,]+?\\s*from\\s*)?${q}`, 'g'), // import x from "…" / import "…"
      new RegExp(`\\bexport\\s*(?:\\*|\\{[^}]*\\})\\s*(?:as\\s+[\\w${'$'}]+\\s*)?from\\s*${q}`, 'g'),
      new RegExp(`\\bimport\\s*\\(\\s*${q}\\s*\\)`, 'g'),
      new RegExp(`\\brequire\\s*\\(\\s*${q}\\s*\\)`, 'g'),
    ];
    for (const re of patterns) for (const m of text.matchAll(re)) push(m[1]);
    // Vite's preload helper: m.f||(m.f=["assets/a.js","assets/b.css"]) (paths from the root).
    for (const m of text.matchAll(/\.f\|\|\(\s*\w+\.f\s*=\s*\[([^\]]*)\]/g)) {
      for (const s of (m[1] ?? '').matchAll(/["']([^"']+)["']/g)) push(s[1], true);
    }
  }
  return out;
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Every file an entry loads, transitively, relative to `root`. Absolute specifiers ("/x.js")
 * and Vite preload lists resolve from `root`; "./x" from the file; bare specifiers through
 * Node's resolution (packages only; node builtins are listed in `skipped`).
 */
export function transitiveFiles(root: string, entries: string[], { strict = true } = {}): { files: string[]; skipped: string[] } {
  const seen = new Set<string>();
  const skipped = new Set<string>();
  const queue = entries.map((e) => posix(e).replace(/^\//, ''));
  while (queue.length) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    const abs = path.join(root, rel);
    if (!existsSync(abs)) {
      if (strict) throw new Error(`${rel} is referenced but missing under ${root}`);
      skipped.add(rel);
      continue;
    }
    seen.add(rel);
    if (!/\.(?:m?js|cjs|css|html?)$/i.test(rel)) continue;
    const text = readFileSync(abs, 'utf8');
    for (const { spec, fromRoot } of referencesIn(rel, text)) {
      const clean = spec.replace(/[?#].*$/, '');
      let target: string | null = null;
      if (fromRoot || clean.startsWith('/')) target = posix(path.normalize(clean.replace(/^\//, '')));
      else if (clean.startsWith('.')) target = posix(path.normalize(path.join(path.dirname(rel), clean)));
      else if (BUILTINS.has(clean)) skipped.add(clean);
      else {
        try {
          const resolved = createRequire(abs).resolve(clean);
          target = posix(path.relative(root, resolved));
        } catch {
          skipped.add(clean);
        }
      }
      if (target !== null && !seen.has(target)) {
        if (!existsSync(path.join(root, target)) && !path.extname(target)) {
          for (const ext of ['.js', '.mjs', '.cjs', '/index.js']) {
            if (existsSync(path.join(root, target + ext))) {
              target += ext;
              break;
            }
          }
        }
        queue.push(target);
      }
    }
  }
  return { files: [...seen].sort(), skipped: [...skipped].sort() };
}

export function entrySize(root: string, name: string, entries: string[], opts: { strict?: boolean } = {}): EntrySize & { skipped: string[] } {
  const { files, skipped } = transitiveFiles(root, entries, opts);
  return { ...total(name, files.map((f) => sizeOf(root, f))), skipped };
}

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

export interface DistSizes {
  dir: string;
  /** The heaviest of `contentScripts`: the most a mail tab parses. */
  content: EntrySize;
  /** One per manifest content_scripts entry (one per webmail), named by its files. */
  contentScripts: EntrySize[];
  popup: EntrySize;
  background: EntrySize;
  options: EntrySize;
}

/** Sizes of every entry the built extension declares in its manifest (dist/chrome by default). */
export function distSizes(dir: string): DistSizes {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first (npm test builds before vitest runs).`);
  }
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const scripts = (m.content_scripts ?? []).map((c) => [...(c.js ?? []), ...(c.css ?? [])]).filter((files) => files.length > 0);
  const popup = m.action?.default_popup ?? m.browser_action?.default_popup;
  const bg = m.background?.service_worker ? [m.background.service_worker] : (m.background?.scripts ?? (m.background?.page ? [m.background.page] : []));
  const options = m.options_ui?.page ?? m.options_page;
  const need = (what: string, v: string[]): string[] => {
    if (v.length === 0) throw new Error(`${manifestPath} declares no ${what}`);
    return v;
  };
  if (scripts.length === 0) need('content script', []);
  const contentScripts = scripts.map((files) => entrySize(dir, `content script ${files.join(' + ')}`, files));
  return {
    dir,
    content: contentScripts.reduce((a, b) => (b.gzip > a.gzip ? b : a)),
    contentScripts,
    popup: entrySize(dir, 'popup', need('popup', popup ? [popup] : [])),
    background: entrySize(dir, 'background', need('background', bg)),
    options: entrySize(dir, 'options', need('options page', options ? [options] : [])),
  };
}

/** The files a published package's entry loads (its package.json main/module/browser), transitively. */
export function packageEntrySize(packageDir: string, name: string, entry?: string): EntrySize & { version: string; skipped: string[] } {
  const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version?: string;
    main?: string;
    module?: string;
    browser?: string | Record<string, string>;
  };
  const main = entry ?? (typeof pkg.browser === 'string' ? pkg.browser : (pkg.module ?? pkg.main ?? 'index.js'));
  // Resolve from node_modules' parent so bare specifiers find sibling packages.
  const abs = path.resolve(packageDir);
  const cut = abs.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  const root = cut >= 0 ? abs.slice(0, cut) : path.dirname(abs);
  const relMain = posix(path.relative(root, path.join(abs, main)));
  const size = entrySize(root, name, [relMain], { strict: false });
  return { ...size, files: size.files.map((f) => ({ ...f, file: f.file.replace(/^node_modules\//, '') })), version: pkg.version ?? '?' };
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
