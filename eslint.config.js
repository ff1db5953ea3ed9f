import tseslint from 'typescript-eslint';
import { allowedImports } from './lint/allowed-imports.js';

/**
 * The layer table (README.md, "Layers", shows the same table): what each part of src/ may
 * import, static and dynamic imports and re-exports alike. Where a file matches several rows, the
 * last one counts, so the narrower rows come after the folder they sit in.
 */
const cli = ['src/core/', 'src/report/', 'src/store/', 'src/cli/', 'commander', 'chalk', 'node:*'];
const layers = [
  { layer: 'core', files: ['src/core/**'], may: ['src/core/', 'zod'], because: 'core is pure; it imports zod and other core modules only' },
  { layer: 'report', files: ['src/report/**'], may: ['src/core/', 'src/report/'], because: 'reporters turn results into text or bytes from core and report alone; pdfkit only under report/pdf, docx under report/docx' },
  {
    layer: 'report/docx',
    files: ['src/report/docx/**'],
    may: ['src/core/', 'src/report/', 'docx', 'fflate', '@resvg/resvg-wasm'],
    because: 'the Word renderer gets font and rasteriser bytes passed in; the shell reads files',
  },
  {
    layer: 'report/html',
    files: ['src/report/html/**'],
    may: ['src/core/', 'src/report/', 'subset-font'],
    because: 'the web page gets font bytes passed in and only cuts them down; the shell reads files',
  },
  { layer: 'report/pdf', files: ['src/report/pdf/**'], may: ['src/core/', 'src/report/', 'pdfkit', 'fontkit'], because: 'the PDF renderer gets font and logo bytes passed in; the shell reads files' },
  {
    layer: 'store',
    files: ['src/store/**'],
    may: ['src/core/', 'src/store/', 'node:fs', 'node:path', 'node:crypto', 'node:os', 'node:module', 'node:buffer', 'yaml', 'gettext-parser'],
    because: 'the store reads and writes user files (YAML, and PO for translators) for cli and web alike, and knows neither',
  },
  { layer: 'cli', files: ['src/cli/**'], may: cli, because: 'the terminal front end shares with web only through store and core; prompts only in src/cli/prompts/' },
  { layer: 'cli prompts', files: ['src/cli/prompts/**'], may: [...cli, '@inquirer/*'], because: 'the prompts library stays behind the Prompter' },
  {
    layer: 'cli serve-rooms',
    files: ['src/cli/serve-rooms.ts'],
    may: [...cli, 'src/web/interview-server.js', 'src/web/interview-state.js'],
    because: 'serve-rooms.ts starts the web front end and hands it the rubric and the answers files; nothing else of cli reaches into web',
  },
  { layer: 'cli workshop', files: ['src/cli/commands/workshop.ts'], may: [...cli, 'qrcode'], because: 'the QR codes are drawn for the workshop command alone' },
  { layer: 'web', files: ['src/web/**'], may: ['src/core/', 'src/report/', 'src/store/', 'src/web/', 'node:*'], because: 'the web front end shares with cli only through store and core' },
];

/**
 * Core and reporters give the same output for the same input: no clock, randomness, timers,
 * console or environment. Dates built from a value (`new Date(Date.UTC(…))`) stay allowed.
 */
const deterministic = (why) => ({
  'no-restricted-globals': [
    'error',
    ...['process', 'console', 'globalThis', 'global', 'performance', 'crypto', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask'].map(
      (name) => ({ name, message: why }),
    ),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: why },
    { object: 'Date', property: 'now', message: why },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date() reads the clock; ${why}` },
    { selector: "CallExpression[callee.name='Date']", message: `Date() reads the clock; ${why}` },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { gret: { rules: { 'allowed-imports': allowedImports } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layers.map(({ files, ...allow }) => ({ files, rules: { 'gret/allowed-imports': ['error', allow] } })),
  { files: ['src/core/**'], rules: deterministic('core is pure: take the value as a parameter') },
  { files: ['src/report/**'], rules: deterministic('reporters take the date, locale and colour as options') },
  // bin/ is CommonJS (bin/package.json), where require is how a file loads the program.
  { files: ['bin/**'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
