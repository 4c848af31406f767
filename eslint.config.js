// Lint rules that keep the architecture honest (the map is in README.md, "Architecture"):
// imports flow shells -> core, never back; only src/office touches Office.js;
// nothing in src stores data or writes to the console (client data must never leak there).
// Import cycles are `npm run lint`'s second step (scripts/check-cycles.ts): ESLint's cycle rules
// skip type-only imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const uiLibs = [
  { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'The core has no React: it is shared with the Send handler.' },
  { group: ['@fluentui/*'], message: 'The core has no UI library.' },
  { group: ['@microsoft/office-js', 'office-js'], message: 'Only src/office touches Office.js.' },
];
const shells = (...names) => names.map((n) => ({ group: [`**/${n}`, `**/${n}/*`], message: `Imports flow shells -> core; the core never imports src/${n}.` }));

const storageGlobals = ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
  name,
  message: 'The add-in stores nothing: no client data, no password.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', ...storageGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'roamingSettings', message: 'The add-in stores nothing.' },
        { object: 'window', property: 'localStorage', message: 'The add-in stores nothing.' },
        { object: 'window', property: 'sessionStorage', message: 'The add-in stores nothing.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiLibs, ...shells('office', 'taskpane', 'onsend', 'mobile', 'cli', 'crypto', 'cryptoWorker')] }],
      'no-restricted-globals': [
        'error',
        ...storageGlobals,
        { name: 'Office', message: 'The core is pure: no Office.' },
        { name: 'Date', message: 'The core gets the time as an argument.' },
        { name: 'window', message: 'The core is pure.' },
        { name: 'document', message: 'The core is pure.' },
      ],
    },
  },
  {
    // The pure part of encryption (names, password, spelling, limits, errors, random, the zip
    // itself): runs the same in Node (the command line) and inside the worker. No threads, no
    // network: starting the worker and fetching its WASM is src/cryptoWorker's job.
    files: ['src/crypto/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiLibs, ...shells('office', 'taskpane', 'onsend', 'mobile', 'cli', 'cryptoWorker')] }],
      'no-restricted-globals': [
        'error',
        ...storageGlobals,
        { name: 'Office', message: 'Crypto has no Office.' },
        ...['Worker', 'fetch', 'self', 'postMessage', 'window', 'document'].map((name) => ({
          name,
          message: 'src/crypto is pure: threads and network belong to src/cryptoWorker.',
        })),
      ],
    },
  },
  {
    // The worker adapter: starts the Web Worker (client.ts) and is the worker (worker.ts), around
    // the pure src/crypto. A shell of the pane, but it knows neither React nor Office.
    files: ['src/cryptoWorker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // The base64 codec it decodes and encodes attachments with is a byte utility in src/domain.
          patterns: [...uiLibs, ...shells('office', 'taskpane', 'onsend', 'mobile', 'cli')],
        },
      ],
      'no-restricted-globals': ['error', ...storageGlobals, { name: 'Office', message: 'The crypto worker has no Office.' }],
    },
  },
  {
    // The message catalogue: words per language and feature, pure data and templates. The domain,
    // the Send and phone bundles take it, so it imports nothing but the domain's types and helpers.
    files: ['src/words/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiLibs, ...shells('office', 'taskpane', 'onsend', 'mobile', 'cli', 'crypto', 'cryptoWorker')] }],
      'no-restricted-globals': [
        'error',
        ...storageGlobals,
        { name: 'Office', message: 'The catalogue is pure: no Office.' },
        { name: 'Date', message: 'The catalogue gets days as arguments.' },
        { name: 'window', message: 'The catalogue is pure.' },
        { name: 'document', message: 'The catalogue is pure.' },
      ],
    },
  },
  {
    // The referral form and its PDF are core too: the pane loads them, nothing in them knows the pane.
    files: ['src/referral/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiLibs, ...shells('office', 'taskpane', 'onsend', 'mobile', 'cli', 'crypto', 'cryptoWorker')] }],
      'no-restricted-globals': [
        'error',
        ...storageGlobals,
        { name: 'Office', message: 'The core is pure: no Office.' },
        { name: 'window', message: 'The core is pure.' },
        { name: 'document', message: 'The core is pure.' },
      ],
    },
  },
  {
    files: ['src/office/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [uiLibs[0], uiLibs[1], ...shells('taskpane', 'onsend', 'mobile', 'cli', 'cryptoWorker')] }],
    },
  },
  {
    files: ['src/onsend/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [uiLibs[0], uiLibs[1], ...shells('taskpane', 'mobile', 'cli', 'crypto', 'cryptoWorker')] }],
    },
  },
  {
    // The phone's launch-event handler: its own small bundle, like the Send check's.
    files: ['src/mobile/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [uiLibs[0], uiLibs[1], ...shells('taskpane', 'onsend', 'cli', 'crypto', 'cryptoWorker')] }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [uiLibs[2], ...shells('onsend', 'mobile', 'cli')] }],
      'no-restricted-globals': [
        'error',
        ...storageGlobals,
        { name: 'Office', message: 'The pane talks to Outlook only through its MailboxPort (src/office).' },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
