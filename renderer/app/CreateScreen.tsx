import { PRIVACY_LIMITS, PRIVACY_LIMITS_SUMMARY } from '../../shared/guidance/crisisResources';
import { useCallback, useId, useState } from 'react';
import type { Role, Workbook } from '../../shared/workbook/schema';
import { CREATE_TEXTS as T } from '../../shared/guidance/everydayTexts';
import { call } from '../bridge';
import { TextField } from '../ui/fields';
import { PassphraseFields, WhyDisabled } from '../ui/PassphraseFields';
import { RecoveryKey } from '../ui/RecoveryKey';
import { ROLE_TITLES } from './roleTitles';

interface Props {
  role: Role;
  onCancel: () => void;
  onCreated: (recoveryKey: string, content: Workbook) => void;
}

export function CreateScreen({ role, onCancel, onCreated }: Props) {
  const whyId = useId();
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [why, setWhy] = useState<string | null>(null);
  const onPassphrase = useCallback((value: string | null, reason: string | null) => {
    setPassphrase(value);
    setWhy(reason);
  }, []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!passphrase) return;
    setBusy(true);
    setError(null);
    const result = await call('workbook:create', { role, displayName, passphrase });
    setBusy(false);
    if (result.ok) onCreated(result.value.recoveryKey, result.value.content);
    else setError(result.error.message);
  }

  return (
    <main className="narrow" aria-labelledby="create-title">
      <h1 id="create-title">{T.title(ROLE_TITLES[role])}</h1>
      <p className="lead">{T.lead}</p>
      <section className="privacy-limits" aria-label={PRIVACY_LIMITS_SUMMARY}>
        {PRIVACY_LIMITS.map((p) => (
          <p key={p} className="hint">
            {p}
          </p>
        ))}
      </section>
      <form onSubmit={(e) => void submit(e)} className="card">
        {/* The first field of the form: where typing starts. */}
        <TextField
          label={T.nameLabel}
          hint={T.nameHint}
          value={displayName}
          onChange={setDisplayName}
          maxLength={120}
          autoFocus
        />
        <PassphraseFields onChange={onPassphrase} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {T.back}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={!passphrase || busy}
            aria-describedby={!passphrase && why ? whyId : undefined}
          >
            {busy ? T.busy : T.create}
          </button>
        </div>
        <WhyDisabled id={whyId} why={passphrase ? null : why} />
      </form>
    </main>
  );
}

export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const confirmId = useId();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <main className="narrow" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{T.recoveryTitle}</h1>
      <p className="lead">{T.recoveryLead}</p>
      <div className="card">
        <RecoveryKey recoveryKey={recoveryKey} testId="recovery-key" />
        <div className="checkbox">
          <input id={confirmId} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          <label htmlFor={confirmId}>{T.recoverySaved}</label>
        </div>
        <div className="actions">
          <button type="button" className="primary" disabled={!confirmed} onClick={onDone}>
            {T.continue}
          </button>
        </div>
      </div>
    </main>
  );
}
