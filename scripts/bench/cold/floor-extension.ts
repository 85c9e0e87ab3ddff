// The do-nothing floor: a minimal MV3 extension whose worker answers every message at once
// and whose content script is empty, on the same mail hosts. Measured exactly as Tactful is,
// it is what any extension pays for a message round trip to a worker that was stopped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAIL_PATTERNS } from '../../../src/shared/hosts';

export const FLOOR_NAME = 'Tactful bench floor';
export const FLOOR_WORKER = 'floor-worker.js';

export function writeFloorExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tactful-floor-'));
  const manifest = {
    manifest_version: 3,
    name: FLOOR_NAME,
    version: '1.0',
    background: { service_worker: FLOOR_WORKER, type: 'module' },
    content_scripts: [{ js: ['floor-content.js'], matches: [...MAIL_PATTERNS], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  // A module worker, as Tactful's is; it replies synchronously.
  writeFileSync(path.join(dir, FLOOR_WORKER), 'chrome.runtime.onMessage.addListener((msg, sender, reply) => { reply({ ok: true, value: null }); });\n');
  writeFileSync(path.join(dir, 'floor-content.js'), '// intentionally empty: the world exists so the bench can message the worker from it\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
