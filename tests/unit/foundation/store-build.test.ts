// The worker's test hooks (src/background/test-hooks.ts) are in the build the browser tests
// drive (dist/<target>) and nowhere in what ships (the store zips). `npm test` builds first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';

const DIST = path.resolve(import.meta.dirname, '../../../dist');
const HOOKS = ['tactfulMenuClick', 'tactfulPlaceDraftSource', 'tactfulTestHold'];

describe.each(['chrome', 'firefox'])('%s', (target) => {
  const zipPath = path.join(DIST, `tactful-${target}.zip`);

  test('the store zip holds no test hook, anywhere', () => {
    expect(existsSync(zipPath), `${zipPath} is missing: run \`npm run build\``).toBe(true);
    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files)).toContain('manifest.json');
    const js = Object.entries(files).filter(([name]) => name.endsWith('.js'));
    expect(js.length).toBeGreaterThan(2);
    for (const [name, bytes] of js) for (const hook of HOOKS) expect(strFromU8(bytes).includes(hook), `${name} has ${hook}`).toBe(false);
  });

  test('the build the browser tests drive has them in its worker', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, target, 'manifest.json'), 'utf8')) as {
      background: { service_worker?: string; scripts?: string[] };
    };
    const entry = manifest.background.service_worker ?? manifest.background.scripts?.[0] ?? '';
    const loader = readFileSync(path.join(DIST, target, entry), 'utf8');
    // The loader imports the worker's chunk; the hooks live there.
    const chunk = /["']\.?\/?(assets\/[^"']+\.js)["']/.exec(loader)?.[1] ?? entry;
    const worker = readFileSync(path.join(DIST, target, chunk), 'utf8');
    for (const hook of HOOKS) expect(worker).toContain(hook);
  });
});
