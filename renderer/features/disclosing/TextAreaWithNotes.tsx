import type { ComponentProps } from 'react';
import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import { LanguageNotes } from '../../editor';
import { TextField } from '../../ui/fields';
import type { DisclosingProps } from './common';

/**
 * A text area whose words get the letter's language notes under it. A dismissed note stays
 * dismissed: its key goes into `dismissedIn` (the workbook's own list unless the section keeps one).
 */
export function TextAreaWithNotes({
  content,
  update,
  notesKey,
  dismissedIn = (w) => w.languageGuidance.dismissedChecks,
  ...field
}: Omit<ComponentProps<typeof TextField>, 'multiline'> &
  Pick<DisclosingProps, 'content' | 'update'> & {
    /** Sets this text's notes apart from every other text's, in the dismissed list. */
    notesKey: string;
    dismissedIn?: (workbook: DisclosingWorkbook) => string[];
  }) {
  const dismiss = (key: string) =>
    update((d) => {
      const dismissed = dismissedIn(d);
      if (!dismissed.includes(key)) dismissed.push(key);
    });
  return (
    <>
      <TextField multiline {...field} />
      <LanguageNotes
        text={field.value}
        dismissed={dismissedIn(content)}
        keyPrefix={notesKey}
        onDismiss={dismiss}
        apologies={content.languageGuidance.apologies}
      />
    </>
  );
}
