import type { ReactNode } from 'react';

/** Change the workbook with a recipe that mutates a draft (immer); the shell autosaves. */
export type Update<W> = (recipe: (draft: W) => void) => void;

export interface SectionProps<W> {
  content: W;
  update: Update<W>;
  /** Move to another section of the same workbook. */
  goTo: (sectionId: string) => void;
  /** Save everything typed now (the sharing screen shares what is saved); false when it could not be saved. */
  flush?: () => Promise<boolean>;
}

/** One entry of the navigation (built from the section catalog in sections.tsx). */
export interface SectionDefinition<W> {
  id: string;
  /** The name in the navigation. */
  title: string;
  /** Short line shown under the title in the navigation, optional. */
  summary?: string;
  /** Whether the person has started this section (for the progress marks in the navigation). */
  isStarted?: (content: W) => boolean;
  render: (props: SectionProps<W>) => ReactNode;
  /** Load the screen's code (it loads when first opened); resolves once `render` shows it without waiting. */
  preload?: () => Promise<void>;
}
