// npm run build: the Chrome/Edge build and the Firefox build, each with its store zip.
// dist/<target>/ is what `npm start` loads and the browser tests drive: it carries the
// worker's test hooks (src/background/test-hooks.ts). The store zips are built separately
// without them: the production worker has no test-only code.
import { build } from 'vite';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) filesUnder(full, base, out);
    else out[path.relative(base, full).split(path.sep).join('/')] = readFileSync(full);
  }
  return out;
}

// @crxjs's standalone content-script step builds with `inlineDynamicImports`, which vite 8's
// lib mode (codeSplitting: false) already implies, so rolldown warns once per target about an
// option it ignores. Nothing is wrong with the output; the line is dropped so a newcomer's
// first build is clean. In quiet mode (npm start) crx's progress lines go too. Anything
// else still reaches the terminal.
const HARMLESS = /`?inlineDynamicImports`? option is ignored because `?codeSplitting: false`? is set/;
// One line per content script (one per webmail since #18: "✓ gmail.ts → src/content/gmail.js").
const CRX_PROGRESS = /\[crx:content-scripts-iife\]|✓ [\w-]+\.ts → src\/content\/[\w-]+\.js/;

async function withFilteredOutput(quiet, job) {
  const { log, warn } = console;
  const writeErr = process.stderr.write.bind(process.stderr);
  const drop = (text) => HARMLESS.test(text) || (quiet && CRX_PROGRESS.test(text));
  console.log = (...args) => {
    if (!drop(args.map(String).join(' '))) log(...args);
  };
  // With two content scripts rolldown sums the warning up ("… (repeated 2 times)") through console.warn.
  console.warn = (...args) => {
    if (!drop(args.map(String).join(' '))) warn(...args);
  };
  process.stderr.write = (chunk, ...rest) => (drop(String(chunk)) ? true : writeErr(chunk, ...rest));
  try {
    return await job();
  } finally {
    console.log = log;
    console.warn = warn;
    process.stderr.write = writeErr;
  }
}

async function buildOne(target, outDir, testHooks, quiet) {
  process.env.TACTFUL_TARGET = target;
  process.env.TACTFUL_OUT_DIR = outDir;
  process.env.TACTFUL_TEST_HOOKS = testHooks ? '1' : '';
  try {
    await withFilteredOutput(quiet, () => build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' }));
  } finally {
    delete process.env.TACTFUL_OUT_DIR;
    delete process.env.TACTFUL_TEST_HOOKS;
  }
}

export async function buildAll({ quiet = false } = {}) {
  // rolldown's logger holds back a repeated warning (one per content script, one script per
  // webmail since #18) and prints it ~1 s later as "… (repeated N times)": keep the filter
  // on until it has come and gone.
  await withFilteredOutput(quiet, async () => {
    await buildTargets(quiet);
    await new Promise((r) => setTimeout(r, 1_100));
  });
}

async function buildTargets(quiet) {
  for (const target of ['chrome', 'firefox']) {
    await buildOne(target, path.join('dist', target), true, quiet);
    // The store build: the same sources without the test hooks.
    const dir = path.join(root, 'dist', 'store', target);
    await buildOne(target, path.join('dist', 'store', target), false, true);
    const zip = zipSync(filesUnder(dir), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
    const zipPath = path.join(root, 'dist', `tactful-${target}.zip`);
    writeFileSync(zipPath, zip);
    if (!quiet) console.log(`built dist/${target}/ (with test hooks) and ${path.relative(root, zipPath)} from dist/store/${target}/ (without; ${zip.length} bytes)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
}
