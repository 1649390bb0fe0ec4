import { describe, expect, it } from 'vitest';
import { contextMenuItems, MAX_SUGGESTIONS, type ContextMenuParams } from './contextMenu';

const params = (over: Partial<ContextMenuParams> = {}): ContextMenuParams => ({
  isEditable: true,
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
  ...over,
});
const labels = (items: ReturnType<typeof contextMenuItems>) =>
  items.map((i) => (i.kind === 'separator' ? '—' : i.kind === 'suggestion' ? `«${i.word}»` : i.label));

describe('the right-click menu', () => {
  it('offers cut, copy, paste and select all in an editable field, and nothing else', () => {
    expect(labels(contextMenuItems(params(), { spellcheck: false }))).toEqual(['Cut', 'Copy', 'Paste', '—', 'Select all']);
  });

  it('follows what the field allows (a password field cannot be copied from, an empty selection cannot be cut)', () => {
    const items = contextMenuItems(params({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }), {
      spellcheck: false,
    });
    expect(items.filter((i) => i.kind === 'edit').map((i) => [i.action, i.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', true],
    ]);
  });

  it('shows no menu outside editable fields', () => {
    expect(contextMenuItems(params({ isEditable: false, misspelledWord: 'teh' }), { spellcheck: true })).toEqual([]);
  });

  it('puts spelling suggestions and Add to dictionary first when spellcheck is on', () => {
    const items = contextMenuItems(params({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tea'] }), {
      spellcheck: true,
    });
    expect(labels(items)).toEqual([
      '«the»',
      '«ten»',
      '«tea»',
      'Add to dictionary',
      '—',
      'Cut',
      'Copy',
      'Paste',
      '—',
      'Select all',
    ]);
    expect(items.find((i) => i.kind === 'add-to-dictionary')).toMatchObject({ word: 'teh' });
  });

  it('says so when there are no suggestions, and keeps the list short', () => {
    expect(labels(contextMenuItems(params({ misspelledWord: 'qwzx' }), { spellcheck: true })).slice(0, 2)).toEqual([
      'No spelling suggestions',
      'Add to dictionary',
    ]);
    const many = contextMenuItems(
      params({ misspelledWord: 'wrod', dictionarySuggestions: ['word', 'rod', 'wood', 'wore', 'woad', 'wold', 'ward'] }),
      { spellcheck: true },
    );
    expect(many.filter((i) => i.kind === 'suggestion')).toHaveLength(MAX_SUGGESTIONS);
  });

  it('offers no spelling items when spellcheck is off, even if a word is marked', () => {
    const items = contextMenuItems(params({ misspelledWord: 'teh', dictionarySuggestions: ['the'] }), { spellcheck: false });
    expect(items.some((i) => i.kind === 'suggestion' || i.kind === 'add-to-dictionary')).toBe(false);
  });
});
