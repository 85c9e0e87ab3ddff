// The labelled corpus's record shape and its reader, shared by the builder, `npm run eval`
// and the verdict tests.
import { readFileSync } from 'node:fs';

export interface Label {
  invitation: boolean;
  kind: string;
  company: string;
  role: string;
  contact_name: string;
  format: string;
  scheduling_link: boolean;
  proposed_times: string[];
}

export interface CorpusRow {
  id: string;
  subject: string;
  from_name: string;
  from_email: string;
  body: string;
  received_at: string;
  lang?: string;
  label: Label;
}

export function readCorpus(file: string | URL): CorpusRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow);
}
