// Lint: typescript-eslint (strict, type-checked), react-hooks, and the layering rule of
// docs/architecture.md (one table, LAYERS), with plain-language messages.
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers: which folder may import which (VS Code's code-layering, as one table).
 * A file belongs to the first layer whose folder holds it. `may` lists the folders of ours it
 * may import from; `mayNot` carves a folder out of those; `node`, `electron` and `ui` say
 * whether it may use Node's built-in modules, Electron (electron, electron-store) and the UI
 * libraries (react, react-dom, lexical). Tests (*.test.ts[x]) run in Node under Vitest, so a
 * layer's tests may also use Node, the shared test sentinels in tests/ and the folders in
 * `testsMay`. Explained in docs/architecture.md ("Layers").
 */
const LAYERS = [
  {
    folder: 'shared/',
    may: ['shared/'],
    why: 'shared/ is pure TypeScript used by the app, the main process and the command alike: no Node, Electron, DOM or React, and nothing from renderer/ or electron/.',
  },
  {
    folder: 'renderer/features/',
    may: ['shared/', 'renderer/'],
    mayNot: ['renderer/app/'],
    ui: true,
    why: 'A section screen (renderer/features) is part of the sandboxed renderer (no Node, no Electron) and never imports the app shell (renderer/app): move what both need into renderer/ui, renderer/ or shared/.',
  },
  {
    folder: 'renderer/vite.config.ts',
    may: [],
    node: true,
    why: 'The renderer build configuration runs in Node.',
  },
  {
    folder: 'renderer/',
    may: ['shared/', 'renderer/'],
    ui: true,
    why: 'The renderer is a sandboxed web page: it cannot use Node or Electron, and reaches the main process only through renderer/bridge.ts.',
  },
  {
    folder: 'electron/core/',
    may: ['shared/', 'electron/core/'],
    testsMay: ['electron/cli/'],
    node: true,
    why: 'electron/core is plain Node (it runs in tests, the browser-test bridge and the command): no Electron; services take what they need as arguments.',
  },
  {
    folder: 'electron/cli/',
    may: ['shared/', 'electron/core/', 'electron/cli/'],
    node: true,
    why: 'The workbook command runs in plain Node on the same core services as the app: no Electron, nothing from electron/main.',
  },
  {
    folder: 'electron/main/',
    may: ['shared/', 'electron/core/', 'electron/main/'],
    node: true,
    electron: true,
    why: 'electron/main is the Electron wiring: it uses the core services and shared/, never the renderer.',
  },
  {
    folder: 'electron/preload/',
    may: ['shared/'],
    electron: true,
    why: 'The preload is sandboxed: it only exposes the contract channels (shared/ipc) through Electron, with no Node and nothing else of ours.',
  },
  {
    folder: 'tests/',
    // The e2e server sends the app's own Content-Security-Policy, read from its one home.
    may: ['shared/', 'electron/core/', 'tests/', 'electron/main/security'],
    node: true,
    why: 'End-to-end tests drive the built app in a real browser against the core services: no Electron, no renderer source.',
  },
  {
    folder: 'scripts/',
    may: ['shared/', 'electron/core/', 'electron/cli/', 'scripts/', 'bin/', 'tests/', 'eslint.config.js'],
    node: true,
    ui: true,
    why: 'Scripts (bench, soak, build) run in plain Node on the core services: no Electron, no renderer source.',
  },
];

const ELECTRON_PACKAGES = new Set(['electron', 'electron-store']);
const UI_PACKAGES = ['react', 'react-dom', 'lexical', '@lexical/'];

function packageKind(specifier) {
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier.split('/')[0];
  if (specifier.startsWith('node:') || builtinModules.includes(name)) return 'node';
  if (ELECTRON_PACKAGES.has(name)) return 'electron';
  if (UI_PACKAGES.some((p) => specifier === p || specifier.startsWith(p.endsWith('/') ? p : `${p}/`))) return 'ui';
  return 'package';
}

const layerOf = (file) => LAYERS.find((layer) => file === layer.folder || file.startsWith(layer.folder));

/** The one import rule: checks every import, export-from and import() against LAYERS. */
const layersRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Which folder may import which (docs/architecture.md).' } },
  create(context) {
    const file = path
      .relative(import.meta.dirname, context.filename)
      .split(path.sep)
      .join('/');
    const layer = layerOf(file);
    if (!layer) return {};
    const isTest = /\.test\.tsx?$/.test(file);
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      let problem = null;
      if (specifier.startsWith('.')) {
        const target = path
          .relative(import.meta.dirname, path.resolve(path.dirname(context.filename), specifier))
          .split(path.sep)
          .join('/');
        const may = isTest ? [...layer.may, 'tests/', ...(layer.testsMay ?? [])] : layer.may;
        const allowed = may.some((f) => target.startsWith(f)) && !(layer.mayNot ?? []).some((f) => target.startsWith(f));
        if (!allowed) problem = `${file} may not import ${target}`;
      } else {
        const kind = packageKind(specifier);
        if (kind === 'node' && !layer.node && !isTest) problem = `${file} may not use Node's "${specifier}"`;
        if (kind === 'electron' && (!layer.electron || isTest)) problem = `${file} may not import "${specifier}"`;
        if (kind === 'ui' && !layer.ui && !isTest) problem = `${file} may not import "${specifier}"`;
      }
      if (problem) context.report({ node, message: `${problem}. ${layer.why}` });
    };
    const fromSource = (node) => check(node.source ?? node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: (node) => node.source && fromSource(node),
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

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
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { local: { rules: { layers: layersRule } } },
    rules: { 'local/layers': 'error' },
  },
);
export { LAYERS, layersRule };
