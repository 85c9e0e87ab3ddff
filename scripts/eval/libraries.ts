// `npm run eval -- --libraries`: the well-kept libraries that do a part of the reading,
// measured against our own code on the same grouped cross-validation (real dev mail).
//   quoted history and signatures: email-reply-parser, planer (vs src/analysis/normalize.ts)
//   forwarded messages: email-forward-parser (vs our forward separators)
//   language identification: franc-min (vs src/analysis/language.ts)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { franc } from 'franc-min';
import EmailReplyParser from 'email-reply-parser';
import EmailForwardParser from 'email-forward-parser';
// @ts-expect-error planer ships no types
import planer from 'planer';
import { normalizeBody, type Normalized } from '../../src/analysis/normalize';
import { detectLanguage } from '../../src/analysis/language';
import type { PrepareOptions } from '../../src/analysis/pipeline';
import { loadReal, loadWritten, type Example } from '../train/data';
import { FIT, type FitOptions } from '../train/fit';
import { crossValidate } from './cv';
import { metrics } from './metrics';
import { header, line } from './report';

const ISO3: Record<string, string> = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', pol: 'pl', ind: 'id' };
const OURS = Object.keys(ISO3);

function replyParser(body: string): Normalized {
  const e = new EmailReplyParser().read(body);
  const frags = e.getFragments();
  const fresh = frags.filter((f) => !f.isQuoted() && !f.isSignature() && !f.isHidden()).map((f) => f.getContent()).join('\n').trim();
  const signature = frags.filter((f) => f.isSignature()).map((f) => f.getContent()).join('\n').trim();
  const quoted = frags.filter((f) => f.isQuoted()).map((f) => f.getContent()).join('\n');
  return { fresh: fresh.slice(0, 16384), signature: signature.slice(0, 1024), quoted: quoted.slice(0, 8192), hasQuoted: quoted.trim() !== '' };
}

function planerNormalize(body: string): Normalized {
  const fresh = String((planer as { extractFrom(b: string, t: string): string }).extractFrom(body, 'text/plain') ?? '').trim();
  const quoted = body.length > fresh.length ? body.slice(fresh.length) : '';
  return { fresh: fresh.slice(0, 16384), signature: '', quoted: quoted.slice(0, 8192), hasQuoted: quoted.trim() !== '' };
}

/** Our normaliser, but a forwarded message (as email-forward-parser reads it) is read as the new text. */
function forwardParser(body: string, subject: string): Normalized {
  const n = normalizeBody(body);
  const fw = new EmailForwardParser().read(body, subject);
  if (!fw.forwarded || !fw.email?.body) return n;
  const inner = normalizeBody(fw.email.body);
  return { ...inner, fresh: `${n.fresh}\n${inner.fresh}`.trim(), hasQuoted: true, quoted: n.quoted };
}

const francOurs = (text: string): string => ISO3[franc(text, { only: OURS, minLength: 10 })] ?? detectLanguage(text);
const francAll = (text: string): string => ISO3[franc(text, { minLength: 10 })] ?? 'en';

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

export function runLibraries(folds: number, o: FitOptions = FIT): void {
  const require = createRequire(import.meta.url);
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
