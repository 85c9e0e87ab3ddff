// What the bench ran on: printed above the table so figures are never read out of context.
import { execFileSync } from 'node:child_process';
import { cpus, platform, release, arch, totalmem, loadavg } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  chromium: string;
}

export function chromiumVersion(executable: string): string {
  try {
    const out = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
    return out.trim().replace(/\s+built on.*$/, '') || 'unknown';
  } catch {
    return `unknown (${executable} --version failed)`;
  }
}

/** 1-minute load average: above the core count, other work shared the CPUs and wall times are inflated. */
export function load1(): number {
  return loadavg()[0] ?? NaN;
}

export function machine(chromium: string): Machine {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? 'unknown').replace(/\s+/g, ' ').trim(),
    cores: list.length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium: chromiumVersion(chromium),
  };
}
