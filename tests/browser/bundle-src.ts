// Product modules bundled on the fly as one IIFE that sets a global, for the browser tests
// that run our code directly in a page's isolated world (no extension loaded).
import { build } from 'esbuild';
import { ROOT } from './harness';

/** `contents` (export lines relative to the repo root) as an IIFE assigning `globalName`. */
export async function bundleSrc(contents: string, globalName: string, sourcefile: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile },
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
