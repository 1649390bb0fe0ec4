import { useMemo } from 'react';
import { checkLanguage, expandDismissed } from '../../shared/guidance/languageCheck';
import type { ApologyGuidance } from '../../shared/guidance/languageRules';
import { NoteBody } from './plugins/LanguageCheckPlugin';

/**
 * Language notes for a plain text field (the lies section, answers): shown below the field,
 * gently, each with its explanation and a Dismiss button. Keys are prefixed per field so a
 * dismissal applies to one instance in one field only.
 */
export function LanguageNotes({
  text,
  dismissed,
  keyPrefix,
  onDismiss,
  apologies,
}: {
  text: string;
  dismissed: readonly string[];
  keyPrefix: string;
  onDismiss: (key: string) => void;
  /** The workbook's apology guidance (default: note forgiveness requests). */
  apologies?: ApologyGuidance | undefined;
}) {
  const findings = useMemo(() => {
    const all = checkLanguage(text, { apologies });
    const gone = expandDismissed(dismissed);
    return all.map((f) => ({ ...f, key: `${keyPrefix}:${f.key}` })).filter((f) => !gone.has(f.key));
  }, [text, dismissed, keyPrefix, apologies]);
  if (findings.length === 0) return null;
  return (
    <div className="field-notes" data-testid="field-language-notes">
      <p className="field-notes-title">
        <span className="rte-notes-dot" aria-hidden="true" />
        {findings.length === 1
          ? 'A phrase you may want to look at again'
          : `${findings.length} phrases you may want to look at again`}
      </p>
      <ul>
        {findings.map((f) => (
          <li key={f.key}>
            <NoteBody finding={f} onDismiss={() => onDismiss(f.key)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
