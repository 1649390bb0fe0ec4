// Lint: typescript-eslint (strict, type-checked), react-hooks, and the layering rules of
// docs/architecture, enforced with plain-language messages.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'readline',
];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'dist-cli/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'bin/**',
      'build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'scripts/*.d.mts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      '@typescript-eslint/no-deprecated': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/refs': 'off', 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      [
        ...NODE_BUILTINS,
        'electron',
        'electron-store',
        'react',
        'react-dom',
        'lexical',
        '@lexical/*',
        '**/renderer/**',
        '**/electron/**',
      ],
      'shared/ is pure TypeScript used by both processes: no Node, Electron, DOM or React here. Move this code to electron/ or renderer/.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron', 'electron-store', '**/electron/**'],
      'The renderer is a sandboxed web page: it cannot use Node or Electron. Ask the main process through renderer/bridge.ts instead.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/main/window.ts', 'electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: restrict(
      ['electron', 'electron-store', '**/renderer/**'],
      'Only electron/main/index.ts, window.ts and ipc.ts may import Electron; services take what they need as arguments so they run in plain Node tests.',
    ),
  },
);
