// `npm run eval -- --libraries`: the well-kept libraries that do a part of the reading,
// measured against our own code on the same grouped cross-validation (real dev mail).
//   quoted history and signatures: email-reply-parser, planer (vs src/analysis/normalize.ts)
//   forwarded messages: email-forward-parser (vs our forward separators)
//   language identification: franc-min (vs src/analysis/language.ts)
// They are not dependencies of the project (none is used by the extension, and
// email-reply-parser 2.3.9 declares Node >= 22, which made `npm ci` warn on Node 20): the
// measurement installs the pinned versions below into a temporary folder and removes it after.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { normalizeBody, type Normalized } from '../../src/analysis/normalize';
import { detectLanguage } from '../../src/analysis/language';
import type { PrepareOptions } from '../../src/analysis/pipeline';
import { loadReal, loadWritten, type Example } from '../train/data';
import { FIT, type FitOptions } from '../train/fit';
import { crossValidate } from './cv';
import { metrics } from './metrics';
import { header, line } from './report';

/** The versions measured (the figures in the closing note of issue 14 are for these). */
export const LIBRARIES = { 'email-reply-parser': '2.3.9', planer: '1.2.0', 'email-forward-parser': '1.8.3', 'franc-min': '6.2.0' } as const;

interface Fragment { isQuoted(): boolean; isSignature(): boolean; isHidden(): boolean; getContent(): string }
interface Libs {
  franc(text: string, o: { only?: string[]; minLength?: number }): string;
  EmailReplyParser: new () => { read(body: string): { getFragments(): Fragment[] } };
  EmailForwardParser: new () => { read(body: string, subject: string): { forwarded: boolean; email?: { body?: string } } };
  planer: { extractFrom(b: string, t: string): string };
  require: NodeRequire;
}
let L: Libs;

/** npm install of the pinned versions into a temporary folder (no scripts run); the folder, or throws with npm's last lines. */
function install(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tactful-eval-libs-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const specs = Object.entries(LIBRARIES).map(([n, v]) => `${n}@${v}`);
  const r = spawnSync(npm, ['install', '--no-save', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', '--engine-strict=false', ...specs], { encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, timeout: 180_000 });
  if (r.status !== 0 || !existsSync(path.join(dir, 'node_modules', 'planer'))) {
    cleanup();
    throw new Error(`npm install ${specs.join(' ')} failed (offline?): ${String(r.stderr ?? r.error ?? '').trim().split('\n').slice(-2).join(' ').slice(0, 300)}`);
  }
  return { dir, cleanup };
}

async function load(dir: string): Promise<Libs> {
  const require = createRequire(path.join(dir, 'package.json'));
  // The path is a package npm has just installed into our own temporary folder (pinned versions above).
  // eslint-disable-next-line no-unsanitized/method
  const esm = async <T>(name: string): Promise<T> => (await import(pathToFileURL(require.resolve(name)).href)) as T;
  const franc = (await esm<{ franc: Libs['franc'] }>('franc-min')).franc;
  const EmailReplyParser = (await esm<{ default: Libs['EmailReplyParser'] }>('email-reply-parser')).default;
  const EmailForwardParser = (await esm<{ default: Libs['EmailForwardParser'] }>('email-forward-parser')).default;
  const planer = require('planer') as Libs['planer'];
  return { franc, EmailReplyParser, EmailForwardParser, planer, require };
}

const ISO3: Record<string, string> = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', pol: 'pl', ind: 'id' };
const OURS = Object.keys(ISO3);

function replyParser(body: string): Normalized {
  const e = new L.EmailReplyParser().read(body);
  const frags = e.getFragments();
  const fresh = frags.filter((f) => !f.isQuoted() && !f.isSignature() && !f.isHidden()).map((f) => f.getContent()).join('\n').trim();
  const signature = frags.filter((f) => f.isSignature()).map((f) => f.getContent()).join('\n').trim();
  const quoted = frags.filter((f) => f.isQuoted()).map((f) => f.getContent()).join('\n');
  return { fresh: fresh.slice(0, 16384), signature: signature.slice(0, 1024), quoted: quoted.slice(0, 8192), hasQuoted: quoted.trim() !== '' };
}

function planerNormalize(body: string): Normalized {
  const fresh = String(L.planer.extractFrom(body, 'text/plain') ?? '').trim();
  const quoted = body.length > fresh.length ? body.slice(fresh.length) : '';
  return { fresh: fresh.slice(0, 16384), signature: '', quoted: quoted.slice(0, 8192), hasQuoted: quoted.trim() !== '' };
}

/** Our normaliser, but a forwarded message (as email-forward-parser reads it) is read as the new text. */
function forwardParser(body: string, subject: string): Normalized {
  const n = normalizeBody(body);
  const fw = new L.EmailForwardParser().read(body, subject);
  if (!fw.forwarded || !fw.email?.body) return n;
  const inner = normalizeBody(fw.email.body);
  return { ...inner, fresh: `${n.fresh}\n${inner.fresh}`.trim(), hasQuoted: true, quoted: n.quoted };
}

const francOurs = (text: string): string => ISO3[L.franc(text, { only: OURS, minLength: 10 })] ?? detectLanguage(text);
const francAll = (text: string): string => ISO3[L.franc(text, { minLength: 10 })] ?? 'en';

const VARIANTS: Array<{ name: string; opts: PrepareOptions }> = [
  { name: 'ours (normalize.ts, language.ts)', opts: {} },
  { name: 'email-reply-parser', opts: { normalize: replyParser } },
  { name: 'planer', opts: { normalize: planerNormalize } },
  { name: 'email-forward-parser + ours', opts: { normalize: forwardParser } },
  { name: 'franc-min (our 9 languages)', opts: { language: francOurs } },
  { name: 'franc-min (all 82)', opts: { language: francAll } },
];

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export async function runLibraries(folds: number, o: FitOptions = FIT): Promise<void> {
  console.log(`installing ${Object.entries(LIBRARIES).map(([n, v]) => `${n}@${v}`).join(' ')} into a temporary folder …`);
  const { dir, cleanup } = install();
  try {
    L = await load(dir);
    measure(folds, o);
  } finally {
    cleanup();
  }
}

function measure(folds: number, o: FitOptions): void {
  const require = L.require;
  console.log('library measurements: each variant re-reads every email, then the same grouped cross-validation (real dev mail; written corpus trained on)');
  console.log(header().replace('slice'.padEnd(24), 'variant'.padEnd(24)), ' lang acc');
  for (const v of VARIANTS) {
    const dev = loadReal('dev', v.opts);
    const written = loadWritten(v.opts);
    const all = crossValidate(dev, written, folds, o, true);
    const langOk = (xs: Example[]): string => (xs.filter((x) => x.p.lang === x.lang).length / xs.length).toFixed(3);
    const quoted = (xs: Example[]): number => xs.filter((x) => x.p.norm.hasQuoted).length;
    console.log(`${line(`${v.name}`, metrics(all.filter((e) => e.x.real)))}  ${langOk(dev)}  real: ${quoted(dev)} with quoted text`);
    console.log(`${line('  same, written by us', metrics(all.filter((e) => !e.x.real)))}  ${langOk(written)}  written: ${quoted(written)} with quoted text`);
  }
  const francFiles = ['franc-min/index.js', 'franc-min/data.js'].map((f) => require.resolve(f));
  console.log(`sizes (gzip): franc-min ${(francFiles.reduce((a, f) => a + gz(f), 0) / 1024).toFixed(1)} KB + trigram-utils; email-reply-parser and email-forward-parser: entry files ${(gz(require.resolve('email-reply-parser')) / 1024).toFixed(1)} KB and ${(gz(require.resolve('email-forward-parser')) / 1024).toFixed(1)} KB (their dependencies not counted)`);
}
