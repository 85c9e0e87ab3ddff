// Chromium for the cold-path bench: launched by us over --remote-debugging-pipe and driven
// by puppeteer-core, with one change to what puppeteer asks of the browser: its auto-attach
// excludes service workers. A DevTools session on a worker keeps it alive (Playwright's
// does: no stop in 75 s), and even puppeteer's attach-then-detach pauses every worker start
// until it answers. So no session ever touches an extension's worker here: the workers are
// only *discovered* (Target.setDiscoverTargets), which is how we see them start and stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import puppeteer, { type Browser, type CDPSession, type ConnectionTransport } from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../../tests/browser/harness';

/** Chromium's pipe protocol: one JSON message per NUL-terminated chunk, commands on fd 3, replies on fd 4. */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending = '';
  constructor(
    private readonly out: Writable,
    inp: Readable,
    private readonly rewrite: (message: string) => string,
  ) {
    inp.on('data', (buf: Buffer) => {
      let s = buf.toString('utf8');
      let end = s.indexOf('\0');
      while (end >= 0) {
        const msg = this.pending + s.slice(0, end);
        this.pending = '';
        // Deliver on a fresh task, as puppeteer's own transport does.
        setImmediate(() => this.onmessage?.(msg));
        s = s.slice(end + 1);
        end = s.indexOf('\0');
      }
      this.pending += s;
    });
    inp.on('close', () => this.onclose?.());
  }
  send(message: string): void {
    this.out.write(this.rewrite(message));
    this.out.write('\0');
  }
  close(): void {
    this.out.end();
  }
}

/** Puppeteer's Target.setAutoAttach, with service workers excluded (first matching filter entry wins). */
export function excludeWorkers(message: string): string {
  if (!message.includes('"Target.setAutoAttach"')) return message;
  const m = JSON.parse(message) as { method: string; params?: { filter?: Array<{ type?: string; exclude?: boolean }> } };
  if (m.method !== 'Target.setAutoAttach' || !m.params) return message;
  // A request that names service workers itself (a diagnostic profile of a start) passes.
  if (m.params.filter?.some((f) => f.type === 'service_worker')) return message;
  m.params.filter = [{ type: 'service_worker', exclude: true }, ...(m.params.filter ?? [{}])];
  return JSON.stringify(m);
}

export interface ColdBrowser {
  browser: Browser;
  /** A session on the browser target (Target.*, Tracing.*, SystemInfo.*). */
  session: CDPSession;
  process: ChildProcess;
  close(): Promise<void>;
}

export async function launchCold(opts: { executablePath: string; extensions: string[]; viewport?: { width: number; height: number } }): Promise<ColdBrowser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tactful-cold-'));
  const list = opts.extensions.join(',');
  const args = [
    '--headless=new',
    `--user-data-dir=${dir}`,
    '--remote-debugging-pipe',
    `--disable-extensions-except=${list}`,
    `--load-extension=${list}`,
    ...CHROMIUM_FLAGS,
    'about:blank',
  ];
  const child = spawn(opts.executablePath, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable, excludeWorkers);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    await browser?.close().catch(() => {});
    const gone = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
    if (!gone) {
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  };
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.connect({ transport, defaultViewport: opts.viewport ?? { width: 1280, height: 800 } });
    const session = await browser.target().createCDPSession();
    return { browser, session, process: child, close };
  } catch (e) {
    await close();
    throw e;
  }
}
