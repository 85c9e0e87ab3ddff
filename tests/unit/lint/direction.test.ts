// The import direction between the folders of src/ is enforced by eslint.config.js; this
// test proves each rule fires. It lints planted sources as if they were files at the given
// paths (nothing is written to disk), with the project's own ESLint configuration.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Rule ids of the errors ESLint reports for `code` placed at `file`. */
async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'fatal');
}

const use = (spec: string): string => `import * as m from '${spec}';\nexport const x = m;\n`;

describe('the pure cores import no UI, no entry point and no browser API', () => {
  test.each([
    ['src/analysis/planted.ts', '../ui/options-lists'],
    ['src/analysis/extract/planted.ts', '../../ui/composer/model'],
    ['src/analysis/planted.ts', '../content/app'],
    ['src/analysis/planted.ts', '../background/router'],
    ['src/analysis/planted.ts', '../shared/i18n'],
    ['src/analysis/planted.ts', '../shared/settings'],
    ['src/analysis/planted.ts', '../shared/settings/store'],
    ['src/analysis/planted.ts', 'webextension-polyfill'],
    ['src/templates/planted.ts', '../ui/i18n'],
    ['src/templates/planted.ts', '../popup/Popup'],
    ['src/templates/planted.ts', 'preact/hooks'],
  ])('%s importing %s fails lint', async (file, spec) => {
    expect(await errors(file, use(spec))).toContain('no-restricted-imports');
  });

  test.each(['document.title', 'window.name', 'chrome.runtime.id', 'browser.runtime.id', 'navigator.language'])(
    'src/analysis using %s fails lint',
    async (expr) => {
      expect(await errors('src/analysis/planted.ts', `export const x = ${expr};\n`)).toContain('no-restricted-globals');
    },
  );

  test('importing each other and the pure shared modules passes', async () => {
    const code = [
      "import type { EmailInput } from '../shared/types';",
      "import { INTENTS } from '../shared/ids';",
      "import { defaultSettings } from '../shared/settings/schema';",
      "import { renderDraft } from '../templates/index';",
      'export const x = [INTENTS, defaultSettings, renderDraft] as unknown as EmailInput;',
      '',
    ].join('\n');
    expect(await errors('src/analysis/planted.ts', code)).toEqual([]);
  });
});

describe('shared/ imports nothing else of src/', () => {
  test.each(['../ui/i18n', '../analysis/index', '../templates/index', '../content/app', '../../background/router', 'preact'])(
    'src/shared importing %s fails lint',
    async (spec) => {
      const file = spec.startsWith('../../') ? 'src/shared/settings/planted.ts' : 'src/shared/planted.ts';
      expect(await errors(file, use(spec))).toContain('no-restricted-imports');
    },
  );
});

describe('entry points are leaves; ui/ imports none of them', () => {
  test.each([
    ['src/content/planted.ts', '../popup/Popup'],
    ['src/content/sites/gmail/planted.ts', '../../../background/router'],
    ['src/popup/planted.ts', '../content/app'],
    ['src/options/planted.ts', '../popup/tab'],
    ['src/background/planted.ts', '../options/Options'],
    ['src/background/planted.ts', '../ui/composer/model'],
    ['src/ui/planted.ts', '../content/panel'],
    ['src/ui/composer/planted.ts', '../../popup/tab'],
    ['src/frame/planted.ts', '../content/panel'],
    ['src/content/planted.ts', '../frame/FramePanel'],
    // The panel is the frame's: the content script renders no composer and no Preact.
    ['src/content/planted.ts', '../ui/composer/index'],
    ['src/content/planted.ts', 'preact'],
    ['src/content/sites/planted.ts', 'preact/hooks'],
  ])('%s importing %s fails lint', async (file, spec) => {
    expect(await errors(file, use(spec))).toContain('no-restricted-imports');
  });

  test('an entry point importing ui/, shared/ and a core passes', async () => {
    const code = [
      "import { Composer } from '../ui/composer/index';",
      "import { isTabRequest } from '../shared/messages';",
      "import { renderDraft } from '../templates/index';",
      'export const x = [Composer, isTabRequest, renderDraft];',
      '',
    ].join('\n');
    expect(await errors('src/popup/planted.ts', code)).toEqual([]);
  });
});
