import { useEffect, useMemo, useState } from 'react';
import { LANGUAGE_NOTE_TEXTS } from '../../shared/guidance/everydayTexts';
import { groupFindings } from '../../shared/workbook/noteGroups';
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
  // Long texts are checked after a short pause in typing, never on every key.
  const checkedText = useSettledText(text);
  const findings = useMemo(() => {
    const all = checkLanguage(checkedText, { apologies });
    const gone = expandDismissed(dismissed);
    return all.map((f) => ({ ...f, key: `${keyPrefix}:${f.key}` })).filter((f) => !gone.has(f.key));
  }, [checkedText, dismissed, keyPrefix, apologies]);
  // The same phrase flagged many times is one note ("this phrase, 2,040 times").
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const [shown, setShown] = useState(FIRST_NOTES);
  if (findings.length === 0) return null;
  return (
    <div className="field-notes" data-testid="field-language-notes" data-count={findings.length} data-groups={groups.length}>
      <p className="field-notes-title">
        <span className="rte-notes-dot" aria-hidden="true" />
        {findings.length === 1
          ? 'A phrase you may want to look at again'
          : `${findings.length.toLocaleString()} phrases you may want to look at again`}
      </p>
      <ul>
        {groups.slice(0, shown).map((g) => (
          <li key={g.first.key}>
            {g.keys.length > 1 && (
              <p className="note-repeat" data-testid="note-repeat">
                {LANGUAGE_NOTE_TEXTS.repeated(g.keys.length)}
              </p>
            )}
            <NoteBody
              finding={g.first}
              onDismiss={() => {
                for (const key of g.keys) onDismiss(key);
              }}
            />
          </li>
        ))}
      </ul>
      {groups.length > shown && (
        <button type="button" className="link" onClick={() => setShown((n) => n + MORE_NOTES)}>
          {LANGUAGE_NOTE_TEXTS.showMore(Math.min(MORE_NOTES, groups.length - shown), groups.length - shown)}
        </button>
      )}
    </div>
  );
}

const FIRST_NOTES = 10;
const MORE_NOTES = 20;
/** Texts longer than this are checked once typing pauses. */
const LONG_TEXT = 5_000;
const SETTLE_MS = 400;

function useSettledText(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (text.length <= LONG_TEXT) {
      setSettled(text);
      return;
    }
    const timer = window.setTimeout(() => setSettled(text), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  return text.length <= LONG_TEXT ? text : settled;
}
