// Usage: tsx scripts/analyze.ts [FILE.jsonl | -] [--name "Candidate Name"]
// Reads one email per line ({"id","subject","from_name","from_email","body","received_at"})
// and writes one JSON line per email: verdict, signals, fields and three drafts.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeRawLine } from './analyze/jsonl';

function parseArgs(argv: string[]): { file: string; name: string } {
  let file = '-';
  let name = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--name') name = argv[++i] ?? '';
    else if (a.startsWith('--name=')) name = a.slice('--name='.length);
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: analyze [FILE.jsonl | -] [--name "Candidate Name"]\n');
      process.exit(0);
    } else file = a;
  }
  return { file, name };
}

async function main(): Promise<void> {
  const { file, name } = parseArgs(process.argv.slice(2));
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  input.on('error', (e: Error) => {
    process.stderr.write(`analyze: cannot read ${file}: ${e.message}\n`);
    process.exit(2);
  });
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const out = analyzeRawLine(line, name ? { name } : {});
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`analyze: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
