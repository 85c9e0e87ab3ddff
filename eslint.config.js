// Lint what store reviewers look for: HTML-string sinks (Mozilla's no-unsanitized),
// eval in any form, dangerouslySetInnerHTML, and MAIN-world injection; and the direction of
// imports between the folders of src/ (README "Layout"): the two pure cores (analysis,
// templates) import no entry point, no UI and no browser API; shared/ imports nothing else
// of src/; ui/ imports no entry point; each entry point imports no other one. The content
// script renders no Preact UI: the panel is an extension page in its own frame (src/frame/).
// tests/unit/lint/direction.test.ts proves each rule rejects a planted import.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

const ENTRY_POINTS = ['content', 'background', 'popup', 'options', 'frame'];

/** An import of the top-level src/ folder `name` from anywhere in src/ (all our imports are relative). */
const folder = (name, message) => ({ regex: `^(?:\\.{1,2}/)+${name}(?:/|$)`, message });
const restrict = (patterns, extra = []) => ['error', { paths: extra, patterns }];

const CORE = 'Pure cores (src/analysis, src/templates) run in the worker, the CLI and tests: they import only each other and pure shared modules.';
const NOT_IN_CORE_SHARED = [
  { regex: '^(?:\\.{1,2}/)+shared/i18n$', message: `${CORE} i18n reads chrome.i18n.` },
  { regex: '^(?:\\.{1,2}/)+shared/messages$', message: `${CORE} The message protocol belongs to the entry points.` },
  { regex: '^(?:\\.{1,2}/)+shared/settings(?:/index|/store)?$', message: `${CORE} Import the pure src/shared/settings/schema, not storage.` },
];
const BROWSER_ONLY = [
  { name: 'webextension-polyfill', message: `${CORE} No browser API here.` },
  { name: 'preact', message: `${CORE} No UI here.` },
];
const BROWSER_GLOBALS = ['chrome', 'browser', 'document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'WebSocket', 'MutationObserver']
  .map((name) => ({ name, message: `${CORE} \`${name}\` is a browser API.` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.tmp/**', '**/*.min.js'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [tseslint.configs.base],
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML strings: email content is attacker-controlled.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Never render HTML strings: email content is attacker-controlled.' },
        { selector: "Property[key.name='world'][value.value='MAIN']", message: 'No code in the page’s MAIN world: Gmail enforces Trusted Types and the page must not see us.' },
      ],
    },
  },
  {
    files: ['src/analysis/**', 'src/templates/**'],
    rules: {
      'no-restricted-imports': restrict(
        [...['ui', ...ENTRY_POINTS].map((f) => folder(f, CORE)), ...NOT_IN_CORE_SHARED, { group: ['preact/*'], message: `${CORE} No UI here.` }],
        BROWSER_ONLY,
      ),
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // Lexicon entries are regex sources in strings: '\w' silently loses its backslash.
    files: ['src/analysis/lexicon/**'],
    rules: { 'no-useless-escape': 'error' },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': restrict(
        ['ui', 'analysis', 'templates', ...ENTRY_POINTS].map((f) => folder(f, 'src/shared holds the protocol, settings, ids, hosts and i18n every part imports: it imports nothing else of src/.')),
        [{ name: 'preact', message: 'src/shared imports no UI.' }],
      ),
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': restrict(ENTRY_POINTS.map((f) => folder(f, 'src/ui is shared by the panel, the popup and the options page: it imports no entry point (they pass in what needs the browser).'))),
    },
  },
  ...ENTRY_POINTS.map((entry) => ({
    files: [`src/${entry}/**`],
    rules: {
      'no-restricted-imports': restrict(
        [
          ...[...ENTRY_POINTS.filter((e) => e !== entry), ...(entry === 'background' ? ['ui'] : [])].map((f) =>
            folder(f, `Entry points are leaves: src/${entry} imports no other entry point${entry === 'background' ? ' and no UI (the worker has no DOM)' : ''}; move what both need to src/shared or a core.`),
          ),
          ...(entry === 'content'
            ? [
                { regex: '^(?:\\.{1,2}/)+ui/composer(?:/|$)', message: 'The panel runs in its own frame (src/frame/), out of the page\'s reach and out of the content script\'s bundle: src/content renders no composer.' },
                { regex: '^preact(?:/|$)', message: 'src/content renders no Preact UI: the panel is src/frame/, an extension page in an iframe.' },
              ]
            : []),
        ],
      ),
    },
  })),
  {
    // Hostile-input tests carry javascript: URLs as data on purpose.
    files: ['tests/**'],
    rules: { 'no-script-url': 'off' },
  },
);
