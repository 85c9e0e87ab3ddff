// npm start as a newcomer runs it, in the browser of this project (Chromium, or Firefox with
// --firefox): the headless run ends with its screenshot; a browser that is not there gives
// one paragraph and exit code 1, never a stack trace. Chromium also: the DevTools-protocol
// loading path that branded Chrome and Edge need (Extensions.loadUnpacked) really loads it.
import { afterAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { BROWSER, launch, replyButtons, onlyIn, openWebmail, ROOT, type App } from './harness';

const firefox = BROWSER === 'firefox';

function npmStart(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe(`npm start${firefox ? ' -- --firefox' : ''}`, () => {
  test('headless: opens the demo inbox with Tactful and writes the screenshot', async () => {
    const started = Date.now();
    const r = await npmStart([...(firefox ? ['--firefox'] : []), '--headless']);
    expect(r.code, r.err).toBe(0);
    const file = path.join(ROOT, 'test-results', firefox ? 'start-firefox.png' : 'start-gmail.png');
    expect(r.out).toContain(`Screenshot: ${path.relative(ROOT, file)}`);
    expect(r.out).not.toContain('did not appear');
    expect(existsSync(file) && statSync(file).mtimeMs >= started - 1000).toBe(true);
    // A clean first screen: no build warnings.
    expect(r.out + r.err).not.toMatch(/WARN|inlineDynamicImports|\[crx:/);
  }, 120_000);

  test('with no browser there: one paragraph, exit code 1, no stack trace', async () => {
    const r = await npmStart(firefox ? ['--firefox'] : [], firefox ? { TACTFUL_FIREFOX: '/nonexistent/firefox' } : { TACTFUL_CHROMIUM: '/nonexistent/chrome' });
    expect(r.code).toBe(1);
    expect(r.err).toContain(firefox ? 'TACTFUL_FIREFOX is set to /nonexistent/firefox' : 'TACTFUL_CHROMIUM is set to /nonexistent/chrome');
    expect(r.err).toMatch(/Install|install/);
    expect(r.err + r.out).not.toMatch(/^\s+at /m);
    expect(r.err.trim().split('\n').length).toBe(1);
  }, 60_000);
});

onlyIn('chromium', 'Extensions.loadUnpacked is a Chromium DevTools-protocol command', () => {
  let app: App | undefined;
  afterAll(async () => {
    await app?.close();
  });
  test('the loading path for branded Chrome and Edge (Extensions.loadUnpacked over the pipe) loads Tactful', async () => {
    app = await launch({ loadVia: 'cdp', inbox: 'demo' });
    expect(app.origin).toMatch(/^chrome-extension:\/\/[a-p]{32}$/);
    const tab = await app.newTab();
    await openWebmail(tab, 'https://mail.google.com/mail/u/0/#inbox/inv-greenhouse');
    await replyButtons(tab).waitFor({ timeout: 15_000 });
    expect(await replyButtons(tab).count()).toBe(1);
  });
});
