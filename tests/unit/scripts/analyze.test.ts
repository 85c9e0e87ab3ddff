import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeLine, analyzeRawLine } from '../../../scripts/analyze/jsonl';

const root = new URL('../../../', import.meta.url).pathname;
const invite = {
  id: 'a1',
  subject: 'Interview invitation – Product Designer',
  from_name: 'Jane Doe',
  from_email: 'jane.doe@acme-widgets.com',
  body: 'Hi Sam,\n\nWe would like to invite you to a video interview for the Product Designer role. Would Tuesday at 2pm CET work?\n\nBest,\nJane Doe\nTalent Partner | Acme Widgets',
  received_at: '2026-03-02T09:00:00Z',
  extra: 'ignored',
};

describe('analyze CLI', () => {
  test('one JSON line per email, exact keys, malformed lines reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify(invite)}\n{"id":"bad", "subject": \n${JSON.stringify({ id: 'n1', subject: 'Weekly newsletter', from_name: 'News', from_email: 'news@x.example', body: 'Tips to ace your interview. Unsubscribe.', received_at: '2026-03-02T09:00:00Z' })}\n`);
    const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', file, '--name', 'Sam Carter'], { cwd: root, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    const [a, bad, n] = lines as [Record<string, any>, Record<string, any>, Record<string, any>];
    // The original keys, in order; issue 17 added 'address' after them.
    expect(Object.keys(a)).toEqual(['id', 'invitation', 'kind', 'confidence', 'button', 'signals', 'fields', 'drafts', 'address']);
    expect(Object.keys(a.address)).toEqual(['register', 'contact_gender', 'contact_title']);
    expect(Object.keys(a.fields)).toEqual(['company', 'role', 'contact_name', 'proposed_times', 'timezone', 'format', 'scheduling_link']);
    expect(Object.keys(a.drafts)).toEqual(['decline', 'reschedule', 'withdraw']);
    for (const d of Object.values(a.drafts) as Array<Record<string, unknown>>) {
      expect(Object.keys(d)).toEqual(['subject', 'body', 'findings']);
      expect(typeof d.body).toBe('string');
      expect(d.body).toContain('Sam Carter');
      expect(Array.isArray(d.findings)).toBe(true);
    }
    expect(a.id).toBe('a1');
    expect(a.invitation).toBe(true);
    expect(a.button).toBe(true);
    expect(a.kind).toBe('invitation');
    expect(a.fields).toMatchObject({ proposed_times: ['2026-03-03T14:00'], timezone: 'CET', format: 'video', scheduling_link: '' });
    // Company, role and contact are the right value or left empty (the confidence gate abstains rather than guess).
    expect(['Acme Widgets', '']).toContain(a.fields.company);
    expect(['Product Designer', '']).toContain(a.fields.role);
    expect(['Jane Doe', '']).toContain(a.fields.contact_name);
    expect(bad).toEqual({ id: 'bad', error: expect.stringMatching(/malformed JSON/) });
    expect(n.id).toBe('n1');
    expect(n.invitation).toBe(false);
    expect(typeof n.button).toBe('boolean');
  }, 60000);

  test('stdin with "-"', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', '-'], { cwd: root, input: `${JSON.stringify(invite)}\n`, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim()).id).toBe('a1');
  }, 60000);

  test('analyzeLine handles non-objects without throwing', () => {
    expect(analyzeLine(42)).toEqual({ id: null, error: expect.any(String) });
    expect(analyzeRawLine('not json')).toMatchObject({ id: null, error: expect.stringMatching(/malformed/) });
    expect(analyzeLine({ id: 7 })).toMatchObject({ id: 7, error: expect.any(String) });
  });
});
