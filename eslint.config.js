import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'process'];

/** The architecture's boundaries (see the layer table in the README), enforced so nobody has to remember them. */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'core is pure: no Node built-ins; the shell (src/cli) does I/O.' },
            { group: ['yaml', 'chalk', '@inquirer/*', 'commander', 'pdfkit'], message: 'core may import zod and other core modules only.' },
            { group: ['**/report/**', '**/cli/**'], message: 'core must not depend on reporters or the shell.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'core is pure: take values as parameters.' }],
    },
  },
  {
    files: ['src/report/**/*.ts'],
    ignores: ['src/report/pdf/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'reporters return strings or bytes; the shell writes files.' },
            { group: ['chalk', '@inquirer/*', 'commander', 'pdfkit'], message: 'colour is a Style option; pdfkit only under report/pdf.' },
            { group: ['**/cli/**'], message: 'reporters must not depend on the shell.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'reporters take options, not the environment.' }],
    },
  },
  {
    files: ['src/report/pdf/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:fs', 'fs', 'node:child_process', 'child_process'], message: 'the PDF renderer gets font bytes passed in; the shell reads files.' },
            { group: ['chalk', '@inquirer/*', 'commander'], message: 'no terminal libraries in reporters.' },
            { group: ['**/cli/**'], message: 'reporters must not depend on the shell.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'reporters take options, not the environment.' }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/prompts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@inquirer/*'], message: 'only the prompts in src/cli/prompts import the prompt library.' }] }],
    },
  },
);
