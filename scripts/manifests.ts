// One manifest source, two targets. Chrome/Edge run the background as an MV3 service
// worker; Firefox wants background.scripts and a gecko id with its data-collection
// declaration. Everything else is shared so the two never drift. The content scripts'
// `matches` are not written in manifest.json: they come from the one host list,
// src/shared/hosts.ts (the context menu's patterns come from it too). manifest.json's one
// content_scripts entry is a template: `{webmail}` becomes each webmail's name, so every
// webmail gets its own script (src/content/gmail.ts, …) carrying only its own adapter (#18).
import base from '../manifest.json' with { type: 'json' };
import { MAIL_PATTERNS, WEBMAIL_NAMES, patternsOf } from '../src/shared/hosts.ts';
import { PANEL_PAGE } from '../src/shared/pages.ts';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'tactful@tactful.invalid';

const forWebmail = (file: string, name: string): string => file.replaceAll('{webmail}', name);

/** The content scripts' source files, one per webmail (vite.config.ts builds each as one IIFE). */
export const CONTENT_SCRIPT_FILES: readonly string[] = WEBMAIL_NAMES.flatMap((name) => base.content_scripts.flatMap((c) => c.js.map((f) => forWebmail(f, name))));

export function manifestFor(target: Target): Record<string, unknown> {
  const m: Record<string, unknown> = structuredClone(base);
  m.content_scripts = WEBMAIL_NAMES.flatMap((name) =>
    base.content_scripts.map((c) => ({ matches: patternsOf(name), ...c, js: c.js.map((f) => forWebmail(f, name)) })),
  );
  // The panel's page is the one file a web page may load: only on the mail hosts, and in
  // Chromium only at a URL that changes every session (use_dynamic_url), so no page can
  // probe for Tactful by a fixed address. Firefox's moz-extension host is random per install.
  m.web_accessible_resources = [{ resources: [PANEL_PAGE], matches: [...MAIL_PATTERNS], use_dynamic_url: true }];
  // The panel page may be framed by the mail hosts (the content script does so) and by
  // nothing else; every other page of ours is not web-accessible, so cannot be framed at all.
  const csp = base.content_security_policy.extension_pages.replace(/frame-ancestors [^;]*/, `frame-ancestors ${MAIL_PATTERNS.map((p) => p.replace(/\/\*$/, '')).join(' ')}`);
  m.content_security_policy = { extension_pages: csp };
  if (target === 'firefox') {
    m.background = { scripts: [base.background.service_worker], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Tactful collects nothing: no mail content, no telemetry.
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return m;
}
