/** The letter editor's formatting toolbar (every letter: disclosure, impact, restitution, no contact). */
export const TOOLBAR_TEXTS = {
  /** The toolbar's name: "Formatting for The letter". */
  label: (editorLabel: string) => `Formatting for ${editorLabel}`,
  undo: 'Undo',
  undoTitle: 'Undo (Ctrl+Z)',
  redo: 'Redo',
  redoTitle: 'Redo (Ctrl+Shift+Z)',
  textStyle: 'Text style',
  blocks: {
    paragraph: 'Normal text',
    h1: 'Heading 1',
    h2: 'Heading 2',
    h3: 'Heading 3',
    quote: 'Quote',
  },
  bold: 'Bold',
  boldTitle: 'Bold (Ctrl+B)',
  italic: 'Italic',
  italicTitle: 'Italic (Ctrl+I)',
  underline: 'Underline',
  underlineTitle: 'Underline (Ctrl+U)',
  bullets: 'Bullets',
  bulletsTitle: 'Bulleted list (Ctrl+Shift+8)',
  numbers: 'Numbers',
  numbersTitle: 'Numbered list (Ctrl+Shift+7)',
  quote: 'Quote',
  quoteTitle: 'Quote (Ctrl+Shift+9)',
} as const;
