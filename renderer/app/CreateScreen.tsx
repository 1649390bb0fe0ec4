import { PRIVACY_LIMITS, PRIVACY_LIMITS_SUMMARY } from '../../shared/guidance/crisisResources';
import { useCallback, useId, useState } from 'react';
import type { Role, Workbook } from '../../shared/workbook/schema';
import { call } from '../bridge';
import { PassphraseFields, WhyDisabled } from '../ui/PassphraseFields';
import { RecoveryKey } from '../ui/RecoveryKey';
import { ROLE_TITLES } from './roleTitles';

interface Props {
  role: Role;
  onCancel: () => void;
  onCreated: (recoveryKey: string, content: Workbook) => void;
}

export function CreateScreen({ role, onCancel, onCreated }: Props) {
  const nameId = useId();
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
      <h1 id="create-title">Create the {ROLE_TITLES[role].toLowerCase()}</h1>
      <p className="lead">
        This workbook is encrypted with a passphrase only you know. Choose one you can remember and nobody else can guess. There
        is no account and nothing is sent anywhere.
      </p>
      <section className="privacy-limits" aria-label={PRIVACY_LIMITS_SUMMARY}>
        {PRIVACY_LIMITS.map((p) => (
          <p key={p} className="hint">
            {p}
          </p>
        ))}
      </section>
      <form onSubmit={(e) => void submit(e)} className="card">
        <div className="field">
          <label htmlFor={nameId}>A name for this workbook (optional)</label>
          <input
            id={nameId}
            type="text"
            autoComplete="off"
            // The first field of the form: where typing starts.
            autoFocus
            maxLength={120}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
          <p className="hint">Your first name, initials or anything else. It is stored encrypted, inside the workbook.</p>
        </div>
        <PassphraseFields onChange={onPassphrase} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onCancel}>
            Back
          </button>
          <button
            type="submit"
            className="primary"
            disabled={!passphrase || busy}
            aria-describedby={!passphrase && why ? whyId : undefined}
          >
            {busy ? 'Creating… (this takes a moment)' : 'Create workbook'}
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
      <h1 id="recovery-title">Your recovery key</h1>
      <p className="lead">
        If you ever forget your passphrase, this key is the only other way to open your workbook. It is shown only this once.
      </p>
      <div className="card">
        <RecoveryKey recoveryKey={recoveryKey} testId="recovery-key" />
        <div className="checkbox">
          <input id={confirmId} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          <label htmlFor={confirmId}>I have saved my recovery key somewhere safe</label>
        </div>
        <div className="actions">
          <button type="button" className="primary" disabled={!confirmed} onClick={onDone}>
            Continue to my workbook
          </button>
        </div>
      </div>
    </main>
  );
}
