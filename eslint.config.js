// Lint what store reviewers look for: HTML-string sinks (Mozilla's no-unsanitized),
// eval in any form, dangerouslySetInnerHTML, and MAIN-world injection.
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

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
    // Hostile-input tests carry javascript: URLs as data on purpose.
    files: ['tests/**'],
    rules: { 'no-script-url': 'off' },
  },
);
