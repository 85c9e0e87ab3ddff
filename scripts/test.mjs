// npm test: everything a change must pass, in the order that fails fastest.
// type check → lint → build → Firefox lint → vitest (unit incl. bundle budgets, then the
// browser tests in Chromium, then the same files in Firefox).
// The last line is the plain count "N passed, N failed" from vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let failedSteps = [];

function step(label, cmd, args, { allowFail = false } = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (!ok && !allowFail) failedSteps.push(label);
  return ok;
}

step('type check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);
const built = step('build (dist/chrome, dist/firefox, zips)', process.execPath, ['scripts/build.mjs']);
if (built) {
  step('Firefox lint (web-ext lint dist/firefox)', bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output', 'text', '--warnings-as-errors=false']);
}

mkdirSync(path.join(root, 'test-results'), { recursive: true });
const report = path.join(root, 'test-results', 'vitest.json');
const projects = built ? [] : ['--project', 'unit']; // browser tests need the build
step('vitest (unit, Chromium, Firefox)', bin('vitest'), ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numTodoTests ?? 0) + (json.numPendingTests ?? 0);
  // A suite that failed to load counts as a failure too.
  failed += (json.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
}
// A failed non-vitest step (types, lint, build) is one failure each.
failed += failedSteps.filter((s) => !s.startsWith('vitest')).length;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
