/**
 * "For therapists: make the session document". No workbook is needed and nothing is stored:
 * the therapist opens each partner's package with its share code, sees the outline, and saves
 * the session document and (optionally) the reading copy, protected with one password unless
 * they deliberately choose otherwise. This screen receives file names and the outline only.
 */
import { formatDateTime } from '../../../shared/dates';
import { useEffect, useState } from 'react';
import { THERAPIST_TEXTS } from '../../../shared/guidance/handoffTexts';
import type { PackageSlot } from '../../../shared/ipc/contract';
import type { OutlineEntry, PageSize } from '../../../shared/export/model';
import type { Role } from '../../../shared/workbook/schema';
import { call } from '../../bridge';
import { CheckboxField, TextField } from '../../ui/fields';
import { DocumentPassword } from './ShareSection';
import './export.css';

const SLOT_TITLES: Record<Role, string> = {
  disclosing: THERAPIST_TEXTS.disclosingSlot,
  partner: THERAPIST_TEXTS.partnerSlot,
};

export function TherapistScreen({ onDone }: { onDone: () => void }) {
  const [slots, setSlots] = useState<PackageSlot[]>([]);
  const [details, setDetails] = useState({ therapistName: '', sessionDate: '', priorityAppendix: false });
  const [outline, setOutline] = useState<OutlineEntry[] | null>(null);
  const [readingCopy, setReadingCopy] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ fileName: string; encrypted: boolean }[]>([]);
  const anyOpen = slots.some((s) => s.opened);

  useEffect(() => {
    void call('therapist:status').then((r) => r.ok && setSlots(r.value.slots));
    // Nothing is kept once the screen goes.
    return () => void call('therapist:close');
  }, []);

  const openKey = slots.map((s) => `${s.role}:${s.opened}:${s.madeAt}`).join('|');
  useEffect(() => {
    if (!anyOpen) {
      setOutline(null);
      return;
    }
    let live = true;
    void call('therapist:outline', { ...details, pageSize: 'a4' }).then((r) => {
      if (live && r.ok) setOutline(r.value.outline);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the outline follows the opened packages
  }, [openKey]);

  async function save(password: string | null, pageSize: PageSize) {
    setBusy(true);
    setError(null);
    setSaved([]);
    try {
      const done: { fileName: string; encrypted: boolean }[] = [];
      for (const what of readingCopy ? (['document', 'readingCopy'] as const) : (['document'] as const)) {
        const result = await call('therapist:save', { what, details: { ...details, pageSize }, password });
        if (!result.ok) {
          if (result.error.code !== 'cancelled') setError(result.error.message);
          break;
        }
        done.push(result.value);
      }
      setSaved(done);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="narrow export-wizard therapist-screen" aria-labelledby="therapist-title">
      <h1 id="therapist-title">{THERAPIST_TEXTS.title}</h1>
      <p className="lead">{THERAPIST_TEXTS.intro}</p>
      {(['disclosing', 'partner'] as const).map((role) => (
        <PackageSlotCard key={role} role={role} slot={slots.find((s) => s.role === role) ?? null} onSlots={setSlots} />
      ))}
      {anyOpen && (
        <section className="card" aria-labelledby="therapist-outline-title">
          <h2 id="therapist-outline-title">{THERAPIST_TEXTS.outlineTitle}</h2>
          {outline && (
            <ol className="export-outline" data-testid="therapist-outline">
              {outline.map((entry, i) => (
                <li key={i} className={`level-${entry.level}`}>
                  <span className="export-outline-title">{entry.title}</span> <span className="muted">{entry.detail}</span>
                </li>
              ))}
            </ol>
          )}
          <TextField
            label={THERAPIST_TEXTS.therapistNameLabel}
            value={details.therapistName}
            maxLength={200}
            onChange={(therapistName) => setDetails((d) => ({ ...d, therapistName }))}
          />
          <TextField
            label={THERAPIST_TEXTS.sessionDateLabel}
            value={details.sessionDate}
            maxLength={100}
            onChange={(sessionDate) => setDetails((d) => ({ ...d, sessionDate }))}
          />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <DocumentPassword
            busy={busy}
            disabled={false}
            saved={null}
            buttonLabel={THERAPIST_TEXTS.saveButton}
            onSave={(password, pageSize) => void save(password, pageSize)}
          >
            <CheckboxField label={THERAPIST_TEXTS.readingCopyLabel} checked={readingCopy} onChange={setReadingCopy} />
            <CheckboxField
              label={THERAPIST_TEXTS.priorityAppendixLabel}
              checked={details.priorityAppendix}
              onChange={(priorityAppendix) => setDetails((d) => ({ ...d, priorityAppendix }))}
            />
          </DocumentPassword>
          {saved.map((s) => (
            <p key={s.fileName} role="status">
              {THERAPIST_TEXTS.documentSaved(s.fileName, s.encrypted)}
            </p>
          ))}
        </section>
      )}
      <div className="actions">
        <button type="button" onClick={onDone}>
          {THERAPIST_TEXTS.back}
        </button>
      </div>
    </main>
  );
}

function PackageSlotCard({
  role,
  slot,
  onSlots,
}: {
  role: Role;
  slot: PackageSlot | null;
  onSlots: (slots: PackageSlot[]) => void;
}) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const codeId = `share-code-${role}`;

  async function choose() {
    setError(null);
    const result = await call('therapist:choose', { role });
    if (result.ok) onSlots(result.value.slots);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
  }

  async function open(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await call('therapist:open', { role, code });
    setBusy(false);
    if (result.ok) {
      setCode('');
      onSlots(result.value.slots);
    } else {
      const wait = result.error.retryAfterMs;
      setError(
        result.error.code === 'wrong-secret' && wait
          ? `${result.error.message} ${THERAPIST_TEXTS.waitBeforeTrying(Math.ceil(wait / 1000))}`
          : result.error.message,
      );
    }
  }

  return (
    <form className="card" onSubmit={(e) => void open(e)} aria-labelledby={`${codeId}-title`}>
      <h2 id={`${codeId}-title`}>{SLOT_TITLES[role]}</h2>
      <p>
        <button type="button" onClick={() => void choose()}>
          {THERAPIST_TEXTS.chooseFile}
        </button>{' '}
        {slot?.fileName && <span className="export-file">{THERAPIST_TEXTS.chosen(slot.fileName)}</span>}
      </p>
      {slot?.opened ? (
        <p role="status">{THERAPIST_TEXTS.opened(slot.madeAt ? formatDateTime(slot.madeAt) : '')}</p>
      ) : (
        slot?.fileName && (
          <>
            <div className="field">
              <label htmlFor={codeId}>
                {THERAPIST_TEXTS.codeLabel} ({SLOT_TITLES[role].toLowerCase()})
              </label>
              <input
                id={codeId}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={code}
                maxLength={64}
                onChange={(e) => setCode(e.target.value)}
              />
            </div>
            <div className="actions">
              <button type="submit" className="primary" disabled={busy || code.trim() === ''}>
                {THERAPIST_TEXTS.openButton}
              </button>
            </div>
          </>
        )
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
