/**
 * What the app loads before its first screen (issue 17, start-up): counted in bytes and modules,
 * never in time. Builds the renderer in memory with its own Vite config and looks at the chunks.
 */
import path from 'node:path';
import type { Rolldown } from 'vite';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The first script and everything it imports statically (react-dom alone is about 190 KB). */
const ENTRY_BUDGET_BYTES = 300_000;

type Chunk = Rolldown.OutputChunk;
let chunks: Chunk[] = [];
let html = '';

const rel = (id: string) => path.relative(ROOT, id).split(path.sep).join('/');
const byFile = (file: string) => chunks.find((c) => c.fileName === file);
/** A chunk and the chunks it imports statically: what arrives together. */
function withStaticImports(chunk: Chunk, seen = new Set<Chunk>()): Set<Chunk> {
  if (seen.has(chunk)) return seen;
  seen.add(chunk);
  for (const file of chunk.imports) {
    const next = byFile(file);
    if (next) withStaticImports(next, seen);
  }
  return seen;
}
const modulesOf = (group: Set<Chunk>) => [...group].flatMap((c) => Object.keys(c.modules).map(rel));
const chunkHolding = (source: string) => chunks.find((c) => Object.keys(c.modules).some((id) => rel(id) === source));

beforeAll(async () => {
  // As `npm run build` does it (Vitest sets NODE_ENV=test, which would bundle React's development build).
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  let output: Awaited<ReturnType<typeof build>>;
  try {
    output = await build({
      configFile: path.join(ROOT, 'renderer/vite.config.ts'),
      logLevel: 'silent',
      build: { write: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const items = outputs.flatMap((o) => o.output);
  chunks = items.filter((item): item is Chunk => item.type === 'chunk');
  const page = items.find((item) => item.fileName === 'index.html');
  html = page && page.type === 'asset' ? String(page.source) : '';
}, 170_000);

describe('the renderer bundle: a small first script, everything else when first opened', () => {
  it('loads only the home screen at start: the first script stays within its byte budget', () => {
    const entry = chunks.find((c) => c.isEntry);
    expect(entry).toBeDefined();
    const group = withStaticImports(entry!);
    const bytes = [...group].reduce((sum, c) => sum + Buffer.byteLength(c.code), 0);
    expect(bytes).toBeLessThanOrEqual(ENTRY_BUDGET_BYTES);
  });

  it('keeps the editor, the documents, the schema library and the workbook screens out of the first script', () => {
    const entry = chunks.find((c) => c.isEntry)!;
    const modules = modulesOf(withStaticImports(entry));
    const heavy = modules.filter((id) => /node_modules\/(lexical|@lexical\/|docx|zod|diff|immer|@zxcvbn-ts\/)/.test(id));
    expect(heavy).toEqual([]);
    const screens = modules.filter(
      (id) =>
        id.startsWith('renderer/features/') ||
        (id.startsWith('renderer/editor/') && id !== 'renderer/editor/editorMemory.ts') ||
        /^renderer\/app\/(WorkbookShell|UnlockScreen|CreateScreen|SettingsScreen|HelpScreen|AboutScreen)\.tsx$/.test(id),
    );
    expect(screens).toEqual([]);
  });

  it('the screens it leaves out are their own chunks, loaded on demand', () => {
    for (const source of [
      'renderer/app/WorkbookShell.tsx',
      'renderer/app/UnlockScreen.tsx',
      'renderer/features/export/TherapistScreen.tsx',
    ]) {
      const chunk = chunkHolding(source);
      expect(chunk, source).toBeDefined();
      expect(chunk!.isEntry, source).toBe(false);
      expect(chunk!.isDynamicEntry || chunks.some((c) => c.dynamicImports.includes(chunk!.fileName)), source).toBe(true);
    }
  });

  it('opening a workbook loads its shell without the editor or the documents; each section loads its own screen', () => {
    const shell = chunkHolding('renderer/app/WorkbookShell.tsx')!;
    const modules = modulesOf(withStaticImports(shell));
    expect(modules.filter((id) => /node_modules\/(lexical|@lexical\/|docx)/.test(id))).toEqual([]);
    expect(modules.filter((id) => /^renderer\/features\/(disclosing|partner|clinical)\/\w+Section\.tsx$/.test(id))).toEqual([]);
    for (const source of [
      'renderer/features/disclosing/LetterSection.tsx',
      'renderer/features/disclosing/InventorySection.tsx',
      'renderer/features/partner/QuestionsSection.tsx',
      'renderer/features/workbookSettings/WorkbookSettingsSection.tsx',
    ]) {
      const chunk = chunkHolding(source);
      expect(chunk?.isDynamicEntry, source).toBe(true);
      expect(withStaticImports(shell).has(chunk!), source).toBe(false);
    }
    // Only the letters' screens bring the editor.
    const inventory = modulesOf(withStaticImports(chunkHolding('renderer/features/disclosing/InventorySection.tsx')!));
    expect(inventory.filter((id) => id.includes('node_modules/lexical/'))).toEqual([]);
    const letter = modulesOf(withStaticImports(chunkHolding('renderer/features/disclosing/LetterSection.tsx')!));
    expect(letter).toContain('renderer/editor/RichTextEditor.tsx');
  });

  it('the page runs under script-src self: no inline script, the first script from its own file', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(1);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim()).toBe('');
      expect(attributes).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    }
    expect(html).toContain("script-src 'self'");
  });
});
