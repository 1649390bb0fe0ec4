/**
 * "Share with the therapist", inside one workbook: the owner ticks among their OWN sections
 * (private ones off by default), sees an outline of what will go, chooses the letter (as it is
 * now, or a numbered draft) and saves either an encrypted package for the session therapist
 * (the share code is shown once) or a Word document for their own therapist, protected with a
 * password unless they deliberately choose otherwise. The main process builds everything from
 * this workbook only; this screen receives an outline, file names and the code.
 */
import { formatDateTime } from '../../../shared/dates';
import { useEffect, useRef, useState } from 'react';
import { QUESTIONS_DOCUMENT_TEXTS, SHARE_TEXTS } from '../../../shared/guidance/handoffTexts';
import type { OutlineEntry, PageSize } from '../../../shared/export/model';
import { catalogSections } from '../../../shared/sections';
import { draftsNewestFirst, toggleSection } from '../../../shared/export/sections';
import { questionsForTherapistOutline } from '../../../shared/export/questionsForTherapist';
import { MIN_DOCUMENT_PASSWORD_LENGTH } from '../../../shared/passphrase';
import type { Workbook } from '../../../shared/workbook/schema';
import { call } from '../../bridge';
import { CheckboxField, RadioGroup, SelectField } from '../../ui/fields';
import type { SectionProps } from '../types';
import './export.css';

type What = 'package' | 'document' | 'questions';
type LetterValue = 'current' | `${number}`;

function letterOf(content: Workbook) {
  return content.role === 'disclosing' ? content.sections.letter : content.sections.impactLetter;
}

export function ShareSection({ content, update, flush }: SectionProps<Workbook>) {
  const role = content.role;
  const sections = catalogSections(role).filter((s) => s.document !== null);
  const letterId = role === 'disclosing' ? 'letter' : 'impactLetter';
  const [chosen, setChosen] = useState<string[]>(() => sections.filter((s) => !s.document?.private).map((s) => s.id));
  const [letter, setLetter] = useState<LetterValue>('current');
  const [what, setWhat] = useState<What>('package');
  const [outline, setOutline] = useState<OutlineEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shared, setShared] = useState<{ fileName: string; code: string } | null>(null);
  const [saved, setSaved] = useState<{ fileName: string; encrypted: boolean } | null>(null);
  const [withReflections, setWithReflections] = useState(false);
  const drafts = draftsNewestFirst(letterOf(content).drafts);
  const letterChoice = letter === 'current' ? ('current' as const) : Number(letter);
  const choice = { role, sections: chosen, letter: letterChoice };
  const key = JSON.stringify(choice);

  useEffect(() => {
    let live = true;
    if (chosen.length === 0) {
      setOutline(null);
      return;
    }
    void call('share:outline', JSON.parse(key) as typeof choice).then((result) => {
      if (!live) return;
      if (result.ok) setOutline(result.value.outline);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
    // The outline follows the choice (and what was last saved).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, content.savedAt]);

  const toggle = (id: string, on: boolean) =>
    setChosen((c) =>
      c.includes(id) === on
        ? c
        : toggleSection(
            sections.map((s) => s.id),
            c,
            id,
          ),
    );

  /** Everything typed is saved first: the main process shares what is saved. */
  async function savedFirst(): Promise<boolean> {
    if (flush && !(await flush())) {
      setError(SHARE_TEXTS.unsavedFirst);
      return false;
    }
    return true;
  }

  async function makePackage() {
    setError(null);
    setBusy(true);
    try {
      if (!(await savedFirst())) return;
      const result = await call('share:package', choice);
      if (!result.ok) {
        if (result.error.code !== 'cancelled') setError(result.error.message);
        return;
      }
      const { numbers } = result.value;
      if (content.role === 'partner' && Object.keys(numbers).length > 0) {
        const next = Math.max(...Object.values(numbers)) + 1;
        update((d) => {
          if (d.role !== 'partner') return;
          for (const q of d.sections.questions.items) {
            const n = numbers[q.id];
            if (n !== undefined && q.number === null) q.number = n;
          }
          d.sections.questions.nextNumber = Math.max(d.sections.questions.nextNumber, next);
        });
      }
      setShared({ fileName: result.value.fileName, code: result.value.code });
    } finally {
      setBusy(false);
    }
  }

  async function makeDocument(password: string | null, pageSize: PageSize) {
    setError(null);
    setBusy(true);
    try {
      if (!(await savedFirst())) return;
      const result =
        what === 'questions'
          ? await call('share:questions', { withReflections, pageSize, password })
          : await call('share:document', { ...choice, pageSize, password });
      if (!result.ok) {
        if (result.error.code !== 'cancelled') setError(result.error.message);
        return;
      }
      setSaved(result.value);
    } finally {
      setBusy(false);
    }
  }

  // "Questions for my therapist" is a different document: its own outline (this workbook's questions), not the sections'.
  const shownOutline =
    what === 'questions' && content.role === 'partner'
      ? questionsForTherapistOutline(content, withReflections, new Date())
      : outline;

  if (shared) return <ShareCode shared={shared} onDone={() => setShared(null)} />;

  return (
    <section className="share-section" aria-labelledby="share-title">
      <h2 id="share-title">{SHARE_TEXTS.title}</h2>
      <p>{SHARE_TEXTS.intro}</p>
      <RadioGroup<What>
        legend={SHARE_TEXTS.whatLabel}
        name="share-what"
        inline={false}
        value={what}
        options={[
          { id: 'package', label: SHARE_TEXTS.whatPackage },
          { id: 'document', label: SHARE_TEXTS.whatDocument, description: SHARE_TEXTS.exportIntro },
          ...(role === 'partner'
            ? [
                {
                  id: 'questions' as const,
                  label: QUESTIONS_DOCUMENT_TEXTS.choice,
                  description: QUESTIONS_DOCUMENT_TEXTS.choiceHint,
                },
              ]
            : []),
        ]}
        onChange={(w) => {
          setWhat(w);
          setSaved(null);
        }}
      />
      {what !== 'questions' && (
        <fieldset className="export-sections">
          <legend>{SHARE_TEXTS.sectionsLegend}</legend>
          <p className="hint">{SHARE_TEXTS.privateNote}</p>
          {sections.map((s) => (
            <CheckboxField
              key={s.id}
              label={
                <>
                  {s.document?.title ?? s.title}{' '}
                  <span className="muted">({s.id === letterId ? SHARE_TEXTS.letterCount : s.outlineCount(content)})</span>
                  {s.document?.private && <span className="export-private">{SHARE_TEXTS.privateTag}</span>}
                </>
              }
              checked={chosen.includes(s.id)}
              onChange={(on) => toggle(s.id, on)}
            />
          ))}
        </fieldset>
      )}
      {what !== 'questions' && chosen.includes(letterId) && (
        <SelectField<LetterValue>
          label={SHARE_TEXTS.letterChoiceLabel}
          hint={SHARE_TEXTS.letterChoiceHint}
          value={letter}
          options={[
            { value: 'current', label: SHARE_TEXTS.letterCurrent },
            ...drafts.map((d) => ({
              value: `${d.number}` as LetterValue,
              label: SHARE_TEXTS.letterDraft(d.number, formatDateTime(d.savedAt)),
            })),
          ]}
          onChange={setLetter}
        />
      )}
      <h3>{SHARE_TEXTS.outlineTitle}</h3>
      {shownOutline ? (
        <ol className="export-outline" data-testid="share-outline">
          {shownOutline.map((entry, i) => (
            <li key={i} className={`level-${entry.level}`}>
              <span className="export-outline-title">{entry.title}</span> <span className="muted">{entry.detail}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">{SHARE_TEXTS.nothingChosen}</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {what === 'package' ? (
        <div className="actions">
          <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={() => void makePackage()}>
            {busy ? SHARE_TEXTS.saving : SHARE_TEXTS.packageButton}
          </button>
        </div>
      ) : (
        <DocumentPassword
          key={what}
          busy={busy}
          disabled={what === 'document' && chosen.length === 0}
          saved={saved}
          buttonLabel={what === 'questions' ? QUESTIONS_DOCUMENT_TEXTS.button : SHARE_TEXTS.exportButton}
          onSave={(password, pageSize) => void makeDocument(password, pageSize)}
        >
          {what === 'questions' && (
            <CheckboxField label={QUESTIONS_DOCUMENT_TEXTS.reflections} checked={withReflections} onChange={setWithReflections} />
          )}
        </DocumentPassword>
      )}
    </section>
  );
}

/** The share code, shown once; copying goes through the app's clipboard care (cleared on lock). */
function ShareCode({ shared, onDone }: { shared: { fileName: string; code: string }; onDone: () => void }) {
  const codeRef = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState(false);
  function copy() {
    const el = codeRef.current;
    const selection = document.getSelection();
    if (!el || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
    // A real copy event, so the workbook's clipboard care records it and clears it on lock.
    setCopied(document.execCommand('copy'));
    selection.removeAllRanges();
  }
  return (
    <section className="share-section" aria-labelledby="share-done-title">
      <h2 id="share-done-title" tabIndex={-1}>
        {SHARE_TEXTS.title}
      </h2>
      <p role="status">{SHARE_TEXTS.packageSaved(shared.fileName)}</p>
      <p>{SHARE_TEXTS.codeLead}</p>
      <p
        ref={codeRef}
        className="release-code"
        data-testid="share-code"
        aria-label={`${SHARE_TEXTS.codeLead} ${shared.code.split('').join(' ')}`}
      >
        {shared.code}
      </p>
      <div className="notice">
        <p>{SHARE_TEXTS.codeAdvice}</p>
      </div>
      {copied && <p className="hint">{SHARE_TEXTS.codeCopied}</p>}
      <div className="actions">
        <button type="button" onClick={copy}>
          {SHARE_TEXTS.copyCode}
        </button>
        <button type="button" className="primary" onClick={onDone}>
          {SHARE_TEXTS.codeDone}
        </button>
      </div>
    </section>
  );
}

/** Password-protected by default; without a password only by a deliberate tick, with a clear warning. */
export function DocumentPassword({
  busy,
  disabled,
  saved,
  onSave,
  buttonLabel = SHARE_TEXTS.exportButton,
  children,
}: {
  busy: boolean;
  disabled: boolean;
  saved: { fileName: string; encrypted: boolean } | null;
  onSave: (password: string | null, pageSize: PageSize) => void;
  buttonLabel?: string;
  children?: React.ReactNode;
}) {
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [unprotected, setUnprotected] = useState(false);
  const [pageSize, setPageSize] = useState<PageSize>('a4');
  const mismatch = !unprotected && again !== '' && again !== password;
  const ready = unprotected || (password.length >= MIN_DOCUMENT_PASSWORD_LENGTH && password === again);
  return (
    <div className="document-password">
      <SelectField<PageSize>
        label={SHARE_TEXTS.pageSizeLabel}
        value={pageSize}
        options={[
          { value: 'a4', label: 'A4' },
          { value: 'letter', label: 'US Letter' },
        ]}
        onChange={setPageSize}
      />
      {!unprotected && (
        <>
          <div className="field">
            <label htmlFor="document-password">{SHARE_TEXTS.passwordLabel}</label>
            <input
              id="document-password"
              type="password"
              autoComplete="new-password"
              aria-describedby="document-password-hint"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <p id="document-password-hint" className="hint">
              {SHARE_TEXTS.passwordHint}
            </p>
          </div>
          <div className="field">
            <label htmlFor="document-password-again">{SHARE_TEXTS.passwordAgainLabel}</label>
            <input
              id="document-password-again"
              type="password"
              autoComplete="new-password"
              value={again}
              aria-invalid={mismatch}
              onChange={(e) => setAgain(e.target.value)}
            />
            {mismatch && <p className="hint error">{SHARE_TEXTS.passwordsDiffer}</p>}
          </div>
        </>
      )}
      <CheckboxField
        label={SHARE_TEXTS.unprotectedChoice}
        checked={unprotected}
        onChange={setUnprotected}
        hint={unprotected ? SHARE_TEXTS.unprotectedWarning : undefined}
      />
      {children}
      {saved && <p role="status">{SHARE_TEXTS.documentSaved(saved.fileName, saved.encrypted)}</p>}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || disabled || !ready}
          onClick={() => onSave(unprotected ? null : password, pageSize)}
        >
          {busy ? SHARE_TEXTS.saving : buttonLabel}
        </button>
      </div>
    </div>
  );
}
