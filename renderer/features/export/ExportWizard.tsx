/**
 * "Export for therapist": each partner opens their own workbook in turn (from this computer
 * or from a file), chooses sections, and the document is built and saved by the main
 * process. This screen only ever sees section names, counts and the outline.
 */
import { useEffect, useId, useState } from 'react';
import type { OutlineEntry } from '../../../shared/export/model';
import type { ExportRequestInput, ExportSource } from '../../../shared/export/request';
import {
  draftsNewestFirst,
  toggleSection,
  type DisclosingExportSection,
  type PartnerExportSection,
  type WorkbookExportSummary,
} from '../../../shared/export/sections';
import type { Role } from '../../../shared/workbook/schema';
import { call } from '../../bridge';
import './export.css';

type Scope = 'both' | Role;
type Step = 'scope' | 'open' | 'details' | 'preview' | 'saving' | 'done';

const ROLE_NAMES: Record<Role, string> = { disclosing: 'disclosure workbook', partner: 'partner workbook' };

interface Props {
  onDone: () => void;
}

export function ExportWizard({ onDone }: Props) {
  const [step, setStep] = useState<Step>('scope');
  const [scope, setScope] = useState<Scope>('both');
  const [summaries, setSummaries] = useState<Partial<Record<Role, WorkbookExportSummary>>>({});
  const [chosen, setChosen] = useState<Partial<Record<Role, string[]>>>({});
  const [letterDraftId, setLetterDraftId] = useState<string | null>(null);
  const [details, setDetails] = useState({
    coupleNames: '',
    therapistName: '',
    sessionDate: '',
    pageSize: 'a4' as 'a4' | 'letter',
  });
  const [outline, setOutline] = useState<OutlineEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ fileName: string; encrypted: boolean } | null>(null);
  const [progress, setProgress] = useState('');

  // Whatever happens, the workbooks opened for the export are closed when the wizard goes.
  useEffect(() => () => void call('export:close'), []);

  const roles: Role[] = scope === 'both' ? ['disclosing', 'partner'] : [scope];
  const pending = roles.find((r) => !summaries[r]);

  function request(): ExportRequestInput {
    return {
      selection: {
        disclosing: roles.includes('disclosing') ? ((chosen.disclosing ?? []) as DisclosingExportSection[]) : null,
        partner: roles.includes('partner') ? ((chosen.partner ?? []) as PartnerExportSection[]) : null,
      },
      letterDraftId,
      ...details,
    };
  }

  async function close() {
    await call('export:close');
    onDone();
  }

  async function showPreview() {
    setError(null);
    const result = await call('export:preview', request());
    if (!result.ok) return setError(result.error.message);
    setOutline(result.value.outline);
    setStep('preview');
  }

  async function save(password: string | null) {
    setError(null);
    const destination = await call('export:chooseDestination', request());
    if (!destination.ok) {
      if (destination.error.code !== 'cancelled') setError(destination.error.message);
      return;
    }
    setStep('saving');
    setProgress(password ? 'Writing the document and protecting it with the password\u2026' : 'Writing the document\u2026');
    const result = await call('export:write', { request: request(), password });
    if (!result.ok) {
      setError(result.error.message);
      setStep('preview');
      return;
    }
    setSaved({ fileName: result.value.fileName, encrypted: result.value.encrypted });
    setStep('done');
    void call('export:close');
  }

  return (
    <main className="narrow export-wizard" aria-labelledby="export-title">
      <h1 id="export-title">Export for therapist</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {step === 'scope' && (
        <ScopeStep scope={scope} onScope={setScope} onNext={() => setStep('open')} onCancel={() => void close()} />
      )}
      {step === 'open' && pending && (
        <OpenWorkbookStep
          key={pending}
          role={pending}
          first={pending === roles[0]}
          onOpened={(summary) => {
            setSummaries((s) => ({ ...s, [pending]: summary }));
            setChosen((c) => ({ ...c, [pending]: summary.sections.filter((x) => x.includedByDefault).map((x) => x.id) }));
          }}
          onCancel={() => void close()}
        />
      )}
      {step === 'open' && !pending && (
        <SectionsStep
          roles={roles}
          summaries={summaries}
          chosen={chosen}
          onChosen={setChosen}
          letterDraftId={letterDraftId}
          onLetterDraft={setLetterDraftId}
          onNext={() => setStep('details')}
          onCancel={() => void close()}
        />
      )}
      {step === 'details' && (
        <DetailsStep details={details} onDetails={setDetails} onBack={() => setStep('open')} onNext={() => void showPreview()} />
      )}
      {step === 'preview' && outline && (
        <PreviewStep outline={outline} onBack={() => setStep('details')} onSave={(password) => void save(password)} />
      )}
      {step === 'saving' && (
        <section className="card" aria-labelledby="saving-title">
          <h2 id="saving-title">Saving</h2>
          <progress aria-label="Exporting" />
          <p role="status">{progress}</p>
        </section>
      )}
      {step === 'done' && saved && (
        <section className="card" aria-labelledby="done-title">
          <h2 id="done-title" tabIndex={-1}>
            The document is saved
          </h2>
          <p role="status">
            Saved as <strong>{saved.fileName}</strong>.
          </p>
          <div className="notice">
            {saved.encrypted ? (
              <p>
                This file is protected with the password you chose. Word and LibreOffice ask for it when the file is opened.
                Please give the password to the therapist separately from the file, for example by telephone.
              </p>
            ) : (
              <p>
                This file is <strong>not encrypted</strong>: anyone who gets a copy can read it. Please send it through your
                therapist&apos;s secure portal rather than by ordinary email, and delete other copies when it has arrived.
              </p>
            )}
          </div>
          <p className="hint">Both workbooks are locked again.</p>
          <div className="actions">
            <button type="button" className="primary" onClick={onDone}>
              Back to the start
            </button>
          </div>
        </section>
      )}
    </main>
  );
}

function ScopeStep({
  scope,
  onScope,
  onNext,
  onCancel,
}: {
  scope: Scope;
  onScope: (s: Scope) => void;
  onNext: () => void;
  onCancel: () => void;
}) {
  const name = useId();
  const options: { value: Scope; label: string; hint: string }[] = [
    {
      value: 'both',
      label: 'One document from both workbooks',
      hint: 'For the disclosure session. Each partner opens their own workbook in turn.',
    },
    { value: 'disclosing', label: 'Only the disclosure workbook', hint: 'For the disclosing partner\u2019s own therapist.' },
    { value: 'partner', label: 'Only the partner workbook', hint: 'For the partner\u2019s own therapist.' },
  ];
  return (
    <section className="card">
      <p className="lead">
        This makes a Word document for the therapist. Each of you opens your own workbook with your own passphrase, and chooses
        what goes in. Neither of you sees the other&apos;s writing here: only the names of the sections and how much each holds.
      </p>
      <fieldset>
        <legend>What would you like to export?</legend>
        {options.map((o) => (
          <div className="checkbox" key={o.value}>
            <input
              type="radio"
              id={`${name}-${o.value}`}
              name={name}
              checked={scope === o.value}
              onChange={() => onScope(o.value)}
            />
            <label htmlFor={`${name}-${o.value}`}>
              {o.label}
              <span className="hint block">{o.hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <StepActions secondary={{ label: 'Cancel', onClick: onCancel }} primary={{ label: 'Continue', onClick: onNext }} />
    </section>
  );
}

function OpenWorkbookStep({
  role,
  first,
  onOpened,
  onCancel,
}: {
  role: Role;
  first: boolean;
  onOpened: (summary: WorkbookExportSummary) => void;
  onCancel: () => void;
}) {
  const ids = { source: useId(), pass: useId() };
  const [source, setSource] = useState<ExportSource>('thisComputer');
  const [fileName, setFileName] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = role === 'disclosing' ? 'the partner who is preparing the disclosure' : 'the partner who will hear the disclosure';

  async function chooseFile() {
    setError(null);
    const result = await call('export:chooseWorkbookFile', { role });
    if (result.ok) setFileName(result.value.fileName);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
  }

  async function open(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await call('export:unlock', { role, source, secret: { method: 'passphrase', value: passphrase } });
    setBusy(false);
    setPassphrase('');
    if (result.ok) onOpened(result.value);
    else setError(result.error.message);
  }

  return (
    <form className="card" onSubmit={(e) => void open(e)} aria-labelledby={`${ids.pass}-title`}>
      <h2 id={`${ids.pass}-title`}>Open the {ROLE_NAMES[role]}</h2>
      <p>
        {first ? 'First' : 'Now'}, {who} opens their workbook.{' '}
        {first ? '' : 'The other partner may want to step away from the screen for a moment.'}
      </p>
      <fieldset>
        <legend>Where is the workbook?</legend>
        <div className="checkbox">
          <input
            type="radio"
            id={`${ids.source}-here`}
            name={ids.source}
            checked={source === 'thisComputer'}
            onChange={() => setSource('thisComputer')}
          />
          <label htmlFor={`${ids.source}-here`}>On this computer</label>
        </div>
        <div className="checkbox">
          <input
            type="radio"
            id={`${ids.source}-file`}
            name={ids.source}
            checked={source === 'file'}
            onChange={() => setSource('file')}
          />
          <label htmlFor={`${ids.source}-file`}>
            A workbook file from another computer
            <span className="hint block">The file stays encrypted; only its passphrase opens it, and only for this export.</span>
          </label>
        </div>
      </fieldset>
      {source === 'file' && (
        <p>
          <button type="button" onClick={() => void chooseFile()}>
            Choose the file{'\u2026'}
          </button>{' '}
          {fileName && <span className="export-file">Chosen: {fileName}</span>}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.pass}>Passphrase of the {ROLE_NAMES[role]}</label>
        <input
          id={ids.pass}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <StepActions
        secondary={{ label: 'Cancel', onClick: onCancel }}
        primary={{
          label: busy ? 'Opening\u2026' : 'Open for the export',
          disabled: busy || passphrase === '' || (source === 'file' && !fileName),
          submit: true,
        }}
      />
    </form>
  );
}

function SectionsStep({
  roles,
  summaries,
  chosen,
  onChosen,
  letterDraftId,
  onLetterDraft,
  onNext,
  onCancel,
}: {
  roles: Role[];
  summaries: Partial<Record<Role, WorkbookExportSummary>>;
  chosen: Partial<Record<Role, string[]>>;
  onChosen: (c: Partial<Record<Role, string[]>>) => void;
  letterDraftId: string | null;
  onLetterDraft: (id: string | null) => void;
  onNext: () => void;
  onCancel: () => void;
}) {
  const draftId = useId();
  const nothing = roles.every((r) => (chosen[r] ?? []).length === 0);
  return (
    <section className="card" aria-labelledby="sections-title">
      <h2 id="sections-title">What goes into the document</h2>
      <p>
        The usual sections are already chosen. Private sections stay out unless the person who wrote them includes them on
        purpose, one by one.
      </p>
      {roles.map((role) => {
        const summary = summaries[role];
        if (!summary) return null;
        const picked = new Set(chosen[role] ?? []);
        const toggle = (id: string) =>
          onChosen({
            ...chosen,
            [role]: toggleSection(
              summary.sections.map((s) => s.id as string),
              chosen[role] ?? [],
              id,
            ),
          });
        return (
          <fieldset key={role} className="export-sections">
            <legend>From the {ROLE_NAMES[role]}</legend>
            {summary.sections.map((s) => (
              <div className="checkbox" key={s.id}>
                <input type="checkbox" id={`${role}-${s.id}`} checked={picked.has(s.id)} onChange={() => toggle(s.id)} />
                <label htmlFor={`${role}-${s.id}`}>
                  {s.title} <span className="muted">({s.countLabel})</span>
                  {s.private && <span className="export-private">Private</span>}
                </label>
              </div>
            ))}
            {role === 'disclosing' && summary.drafts.length > 1 && picked.has('letter') && (
              <div className="field">
                <label htmlFor={draftId}>Which draft of the letter</label>
                <select id={draftId} value={letterDraftId ?? ''} onChange={(e) => onLetterDraft(e.target.value || null)}>
                  <option value="">The latest draft</option>
                  {draftsNewestFirst(summary.drafts).map((d) => (
                    <option key={d.id} value={d.id}>
                      Draft {d.number} ({new Date(d.savedAt).toLocaleDateString()})
                    </option>
                  ))}
                </select>
              </div>
            )}
          </fieldset>
        );
      })}
      <StepActions
        secondary={{ label: 'Cancel', onClick: onCancel }}
        primary={{ label: 'Continue', onClick: onNext, disabled: nothing }}
      />
    </section>
  );
}

type Details = { coupleNames: string; therapistName: string; sessionDate: string; pageSize: 'a4' | 'letter' };

function DetailsStep({
  details,
  onDetails,
  onBack,
  onNext,
}: {
  details: Details;
  onDetails: (d: Details) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const ids = { names: useId(), therapist: useId(), date: useId(), size: useId() };
  const set = (patch: Partial<Details>) => onDetails({ ...details, ...patch });
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">The cover page</h2>
      <p className="hint">All of these are optional.</p>
      <div className="field">
        <label htmlFor={ids.names}>Your names or initials, as you would like them on the cover</label>
        <input
          id={ids.names}
          value={details.coupleNames}
          maxLength={200}
          onChange={(e) => set({ coupleNames: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.therapist}>Therapist&apos;s name</label>
        <input
          id={ids.therapist}
          value={details.therapistName}
          maxLength={200}
          onChange={(e) => set({ therapistName: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.date}>Session date</label>
        <input id={ids.date} value={details.sessionDate} maxLength={100} onChange={(e) => set({ sessionDate: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.size}>Paper size</label>
        <select
          id={ids.size}
          value={details.pageSize}
          onChange={(e) => set({ pageSize: e.target.value === 'letter' ? 'letter' : 'a4' })}
        >
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </div>
      <StepActions secondary={{ label: 'Back', onClick: onBack }} primary={{ label: 'Preview the outline', onClick: onNext }} />
    </section>
  );
}

function PreviewStep({
  outline,
  onBack,
  onSave,
}: {
  outline: OutlineEntry[];
  onBack: () => void;
  onSave: (password: string | null) => void;
}) {
  const ids = { protect: useId(), pass: useId(), again: useId() };
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = protect && again !== '' && again !== password;
  const ready = !protect || (password.length >= 8 && password === again);
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title">Outline of the document</h2>
      <p className="hint">A cover page and a table of contents come first. Then:</p>
      <ol className="export-outline">
        {outline.map((entry, i) => (
          <li key={i} className={`level-${entry.level}`}>
            <span className="export-outline-title">{entry.title}</span> <span className="muted">{entry.detail}</span>
          </li>
        ))}
      </ol>
      <div className="checkbox">
        <input type="checkbox" id={ids.protect} checked={protect} onChange={(e) => setProtect(e.target.checked)} />
        <label htmlFor={ids.protect}>
          Protect the document with a password
          <span className="hint block">
            Word and LibreOffice will ask for it. Give it to the therapist separately from the file.
          </span>
        </label>
      </div>
      {protect && (
        <>
          <div className="field">
            <label htmlFor={ids.pass}>Document password (at least 8 characters)</label>
            <input
              id={ids.pass}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.again}>The same password again</label>
            <input
              id={ids.again}
              type="password"
              autoComplete="new-password"
              value={again}
              aria-invalid={mismatch}
              onChange={(e) => setAgain(e.target.value)}
            />
            {mismatch && <p className="hint error">The two passwords are not the same yet.</p>}
          </div>
        </>
      )}
      <StepActions
        secondary={{ label: 'Back', onClick: onBack }}
        primary={{ label: 'Save the document\u2026', onClick: () => onSave(protect ? password : null), disabled: !ready }}
      />
    </section>
  );
}

interface StepAction {
  label: string;
  onClick?: () => void;
  disabled?: boolean;
  /** The primary button submits the step's form instead of having its own onClick. */
  submit?: boolean;
}

/** The footer of each step: a way back or out, and the way on. */
function StepActions({ secondary, primary }: { secondary: StepAction; primary: StepAction }) {
  return (
    <div className="actions">
      <button type="button" onClick={secondary.onClick}>
        {secondary.label}
      </button>
      <button
        type={primary.submit ? 'submit' : 'button'}
        className="primary"
        disabled={primary.disabled}
        onClick={primary.onClick}
      >
        {primary.label}
      </button>
    </div>
  );
}
