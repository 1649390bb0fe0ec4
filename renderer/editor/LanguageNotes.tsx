import { useEffect, useMemo, useRef, useState } from 'react';
import { LANGUAGE_NOTE_TEXTS } from '../../shared/guidance/everydayTexts';
import { groupFindings } from '../../shared/workbook/noteGroups';
import { checkLanguage, expandDismissed, type LanguageFinding } from '../../shared/guidance/languageCheck';
import type { ApologyGuidance } from '../../shared/guidance/languageRules';
import type { LanguageCheckRequest } from './languageCheck.worker';
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
  // Long texts are checked after a short pause in typing, in a worker, never on every key.
  const all = useFindings(text, apologies);
  const findings = useMemo(() => {
    const gone = expandDismissed(dismissed);
    return all.map((f) => ({ ...f, key: `${keyPrefix}:${f.key}` })).filter((f) => !gone.has(f.key));
  }, [all, dismissed, keyPrefix]);
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

/**
 * The findings for a field's text. A short text is checked as it is typed; a long one after a
 * short pause, in a worker (the page stays free for typing), showing the last findings meanwhile.
 * Without a worker (a test page, a failed start) the check runs on the page after the pause.
 */
function useFindings(text: string, apologies: ApologyGuidance | undefined): readonly LanguageFinding[] {
  const short = text.length <= LONG_TEXT;
  const shortFindings = useMemo(() => (short ? checkLanguage(text, { apologies }) : null), [short, text, apologies]);
  const [longFindings, setLongFindings] = useState<readonly LanguageFinding[]>([]);
  const checkedOnce = useRef(false);
  useEffect(() => {
    if (short) return;
    let live = true;
    const timer = window.setTimeout(
      () =>
        void checkElsewhere(text, apologies).then((found) => {
          if (live) setLongFindings(found);
        }),
      checkedOnce.current ? SETTLE_MS : 0,
    );
    checkedOnce.current = true;
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [short, text, apologies]);
  return shortFindings ?? longFindings;
}

interface Waiting {
  request: LanguageCheckRequest;
  resolve: (findings: LanguageFinding[]) => void;
}
let checker: Worker | null | undefined;
let lastId = 0;
const waiting = new Map<number, Waiting>();

function checkHere({ request, resolve }: Waiting) {
  resolve(checkLanguage(request.text, { apologies: request.apologies }));
}

function startChecker(): Worker | null {
  if (checker !== undefined) return checker;
  try {
    const worker = new Worker(new URL('./languageCheck.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ id: number; findings: LanguageFinding[] }>) => {
      const entry = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      entry?.resolve(event.data.findings);
    });
    worker.addEventListener('error', () => {
      // The worker could not start or failed: check here from now on, the waiting texts too.
      checker = null;
      worker.terminate();
      const pending = [...waiting.values()];
      waiting.clear();
      pending.forEach(checkHere);
    });
    checker = worker;
  } catch {
    checker = null;
  }
  return checker;
}

function checkElsewhere(text: string, apologies: ApologyGuidance | undefined): Promise<LanguageFinding[]> {
  return new Promise((resolve) => {
    const entry: Waiting = { request: { id: ++lastId, text, apologies }, resolve };
    const worker = typeof Worker === 'function' ? startChecker() : null;
    if (!worker) return checkHere(entry);
    waiting.set(entry.request.id, entry);
    worker.postMessage(entry.request);
  });
}
