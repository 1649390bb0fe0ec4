import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSample } from '../../shared/workbook/samples';
import { workbookSchema, type DisclosingWorkbook } from '../../shared/workbook/schema';
import { dispatch } from './handlers';
import { makeTestServices, PASS } from './testSupport';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0)) await c();
});

/** The large sample workbook, created and saved once whole (as when it was first brought in). */
async function largeWorkbook() {
  const env = await makeTestServices();
  cleanups.push(env.cleanup);
  await env.workbooks.create('disclosing', 'Jordan', PASS);
  await env.workbooks.save('disclosing', buildSample('disclosing', 'large'));
  return env;
}

/** The letter's current text with one more paragraph, as the editor serializes it. */
function letterWith(workbook: DisclosingWorkbook, words: string) {
  const letter = structuredClone(workbook.sections.letter.current)!;
  letter.root.children.push({
    type: 'paragraph',
    children: [{ type: 'text', text: words, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  });
  return letter;
}

describe('saving only what changed (autosave)', () => {
  it('a whole save of content changed in place (a paragraph of a large letter) writes the change', async () => {
    const { workbooks } = await largeWorkbook();
    // Typing saves first, so the letter's paragraphs are kept one by one.
    for (const words of ['one', 'two']) {
      const current = workbooks.content('disclosing') as DisclosingWorkbook;
      await workbooks.saveChanges('disclosing', [{ path: ['sections', 'letter', 'current'], value: letterWith(current, words) }]);
    }
    const content = workbooks.content('disclosing') as DisclosingWorkbook;
    const paragraph = content.sections.letter.current!.root.children[3] as { children: { text: string }[] };
    paragraph.children[0]!.text = 'changed in place';
    await workbooks.save('disclosing', content);
    await workbooks.lockAll();
    const again = (await workbooks.unlock('disclosing', { method: 'passphrase', value: PASS })).content as DisclosingWorkbook;
    expect((again.sections.letter.current!.root.children[3] as { children: { text: string }[] }).children[0]!.text).toBe(
      'changed in place',
    );
    expect(again.sections.letter.current!.root.children.length).toBe(content.sections.letter.current!.root.children.length);
    await workbooks.lockAll();
  });

  it('saves one changed part of the large workbook in one write, without validating the whole content', async () => {
    const { workbooks, vault, files, handlers } = await largeWorkbook();
    const before = workbooks.content('disclosing') as DisclosingWorkbook;
    const wholeValidations = vi.spyOn(workbookSchema, 'safeParse');
    const seals = vi.spyOn(vault, 'seal');
    const writes = vi.spyOn(files, 'writeRecent');

    const result = await dispatch(handlers, 'workbook:saveChanges', {
      role: 'disclosing',
      changes: [{ path: ['sections', 'letter', 'current'], value: letterWith(before, 'the last words typed') }],
    });
    expect(result.ok).toBe(true);
    expect(wholeValidations).not.toHaveBeenCalled();
    expect(seals).toHaveBeenCalledTimes(1);
    expect(writes).toHaveBeenCalledTimes(1);
    const after = workbooks.content('disclosing') as DisclosingWorkbook;
    // Everything else is the very same content as before.
    expect(after.sections.timeline).toBe(before.sections.timeline);
    expect(after.sections.letter.drafts).toBe(before.sections.letter.drafts);

    wholeValidations.mockRestore();
    await workbooks.lockAll();
    const opened = await workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
    expect(JSON.stringify(opened.content.sections)).toContain('the last words typed');
    expect(opened.content).toEqual({ ...after, savedAt: opened.content.savedAt });
  });

  it('applies saves queued one after another on top of each other', async () => {
    const { workbooks } = await largeWorkbook();
    const before = workbooks.content('disclosing') as DisclosingWorkbook;
    await Promise.all([
      workbooks.saveChanges('disclosing', [{ path: ['sections', 'letter', 'current'], value: letterWith(before, 'first') }]),
      workbooks.saveChanges('disclosing', [{ path: ['sections', 'readiness', 'dayPlan'], value: 'second' }]),
      workbooks.saveChanges('disclosing', [{ path: ['displayName'], value: 'third' }]),
    ]);
    await workbooks.lockAll();
    const { content } = await workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
    const saved = content as DisclosingWorkbook;
    expect(JSON.stringify(saved.sections.letter.current)).toContain('first');
    expect(saved.sections.readiness.dayPlan).toBe('second');
    expect(saved.displayName).toBe('third');
  });

  it('refuses a part that does not validate with a readable message, writes nothing and keeps the content', async () => {
    const { workbooks, files } = await largeWorkbook();
    const before = workbooks.content('disclosing');
    const writes = vi.spyOn(files, 'write');
    const typingWrites = vi.spyOn(files, 'writeRecent');
    await expect(
      workbooks.saveChanges('disclosing', [{ path: ['sections', 'readiness', 'dayPlan'], value: 7 }]),
    ).rejects.toMatchObject({
      info: { code: 'invalid-content', message: expect.stringContaining('sections.readiness.dayPlan') },
    });
    await expect(workbooks.saveChanges('disclosing', [{ path: ['role'], value: 'partner' }])).rejects.toMatchObject({
      info: { code: 'invalid-content' },
    });
    expect(writes).not.toHaveBeenCalled();
    expect(typingWrites).not.toHaveBeenCalled();
    expect(workbooks.content('disclosing')).toBe(before);
    await workbooks.lockAll();
    await expect(workbooks.saveChanges('disclosing', [{ path: ['displayName'], value: 'x' }])).rejects.toMatchObject({
      info: { code: 'locked' },
    });
  });
});
