// The manifest is a contract with the user: a widening of permissions or hosts must be
// a deliberate change to this test, never a side effect.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestFor, GECKO_ID } from '../../../scripts/manifests';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAIL = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

describe.each(['chrome', 'firefox'] as const)('manifest for %s', (target) => {
  const m = manifestFor(target) as Record<string, any>;

  test('asks for exactly the permissions the features use', () => {
    // storage: settings; contextMenus: "Draft polite decline"; activeTab + scripting: the
    // context menu on non-webmail pages without any broad host permission.
    expect(m.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'scripting']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.permissions).not.toContain('tabs');
  });

  test('runs the content scripts on the five mail hosts only: Gmail\'s on Gmail, Outlook\'s on Outlook (#18)', () => {
    expect(m.content_scripts.map((c: { js: string[] }) => c.js)).toEqual([['src/content/gmail.ts'], ['src/content/outlook.ts']]);
    expect(m.content_scripts[0].matches).toEqual(MAIL.slice(0, 1));
    expect(m.content_scripts[1].matches).toEqual(MAIL.slice(1));
    for (const c of m.content_scripts) expect(c.world).toBeUndefined(); // isolated world, never MAIN
  });

  test('forbids remote code; exposes only the panel page, only to the mail hosts, framed only by them', () => {
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp).toMatch(/^script-src 'self';/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    // The only remote origins in the policy: the mail hosts, as the panel page's framers.
    const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(ancestors).toEqual(MAIL.map((p) => p.replace('/*', '')));
    expect(csp.replace(/frame-ancestors [^;]*/, '')).not.toMatch(/https?:/);
    expect(m.web_accessible_resources).toEqual([{ resources: ['src/frame/index.html'], matches: MAIL, use_dynamic_url: true }]);
  });

  test('has the keyboard command with the default Alt+Shift+Y', () => {
    expect(m.commands['open-panel'].suggested_key.default).toBe('Alt+Shift+Y');
  });

  test('has the right background for the browser', () => {
    if (target === 'chrome') {
      expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
      expect(m.browser_specific_settings).toBeUndefined();
    } else {
      expect(m.background.scripts).toEqual(['src/background/index.ts']);
      expect(m.background.service_worker).toBeUndefined();
      expect(m.browser_specific_settings.gecko.id).toBe(GECKO_ID);
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });
});

describe('locales', () => {
  const dir = path.join(ROOT, 'public', '_locales');
  const locales = readdirSync(dir);
  const load = (l: string) => JSON.parse(readFileSync(path.join(dir, l, 'messages.json'), 'utf8')) as Record<string, { message: string; description?: string }>;

  test('every __MSG_key__ in the manifest exists in the default locale', () => {
    const raw = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
    const keys = [...raw.matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    expect(keys.length).toBeGreaterThan(2);
    const en = load('en');
    for (const k of keys) expect(en[k]?.message, k).toBeTruthy();
  });

  test('every locale has the same keys, each with a description', () => {
    const enKeys = Object.keys(load('en')).sort();
    for (const l of locales) {
      const msgs = load(l);
      expect(Object.keys(msgs).sort(), l).toEqual(enKeys);
      for (const [k, v] of Object.entries(msgs)) expect(v.description, `${l}/${k}`).toBeTruthy();
    }
  });
});
