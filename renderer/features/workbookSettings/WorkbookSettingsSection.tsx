import { useCallback, useId, useState } from 'react';
import {
  APOLOGY_GUIDANCE,
  APOLOGY_GUIDANCE_HINT,
  APOLOGY_GUIDANCE_LABELS,
  APOLOGY_GUIDANCE_TITLE,
} from '../../../shared/guidance/languageRules';
import type { DisclosingWorkbook, Workbook } from '../../../shared/workbook/schema';
import { call } from '../../bridge';
import { VAULT_TEXTS } from '../../../shared/guidance/vaultTexts';
import { PassphraseField, PassphraseFields, WhyDisabled } from '../../ui/PassphraseFields';
import { RecoveryKey } from '../../ui/RecoveryKey';
import type { SectionProps } from '../types';
import { DeleteWorkbook } from './DeleteWorkbook';

/** "This workbook": the display name and the passphrase. */
export function WorkbookSettingsSection({ content, update }: SectionProps<Workbook>) {
  const nameId = useId();
  return (
    <section aria-labelledby="section-title">
      <h2 id="section-title">This workbook</h2>
      <p className="lead">A name is optional. It is stored inside the encrypted workbook and only shows once it is unlocked.</p>
      <div className="field">
        <label htmlFor={nameId}>Name shown in this workbook</label>
        <input
          id={nameId}
          type="text"
          value={content.displayName}
          maxLength={120}
          autoComplete="off"
          onChange={(e) => {
            const value = e.target.value;
            update((draft) => {
              draft.displayName = value;
            });
          }}
        />
      </div>
      {content.role === 'disclosing' && (
        <ApologyGuidanceChoice
          content={content}
          onChange={(value) =>
            update((draft) => {
              if (draft.role === 'disclosing') draft.languageGuidance.apologies = value;
            })
          }
        />
      )}
      <ChangePassphrase role={content.role} />
      <ReplaceRecoveryKey role={content.role} />
      <DeleteWorkbook role={content.role} />
    </section>
  );
}

/** "My therapist's guidance on apologies and asking for forgiveness": which language notes to show. */
function ApologyGuidanceChoice({
  content,
  onChange,
}: {
  content: DisclosingWorkbook;
  onChange: (value: DisclosingWorkbook['languageGuidance']['apologies']) => void;
}) {
  const hintId = useId();
  const name = useId();
  return (
    <fieldset className="card" aria-describedby={hintId} data-testid="apology-guidance">
      <legend>{APOLOGY_GUIDANCE_TITLE}</legend>
      <p className="hint" id={hintId}>
        {APOLOGY_GUIDANCE_HINT}
      </p>
      {APOLOGY_GUIDANCE.map((value) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={name}
            value={value}
            checked={content.languageGuidance.apologies === value}
            onChange={() => onChange(value)}
          />{' '}
          {APOLOGY_GUIDANCE_LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}

function ChangePassphrase({ role }: { role: Workbook['role'] }) {
  const whyId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<string | null>(null);
  const [why, setWhy] = useState<string | null>(null);
  const onNext = useCallback((value: string | null, reason: string | null) => {
    setNext(value);
    setWhy(reason);
  }, []);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [newRecoveryKey, setNewRecoveryKey] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!next) return;
    setBusy(true);
    setMessage(null);
    const result = await call('workbook:changePassphrase', { role, current: current || null, next });
    setBusy(false);
    if (result.ok) {
      setNewRecoveryKey(result.value.recoveryKey);
      setMessage({
        kind: 'ok',
        text: result.value.recoveryKey ? VAULT_TEXTS.passphraseChangedNewRecoveryKey : VAULT_TEXTS.passphraseChanged,
      });
      setCurrent('');
      setNext(null);
      setFormKey((k) => k + 1);
    } else {
      setMessage({ kind: 'error', text: result.error.message });
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="change-pass-title">
      <h3 id="change-pass-title">Change passphrase</h3>
      <p className="hint">{VAULT_TEXTS.whatRekeyingCannotDo}</p>
      <PassphraseField label="Current passphrase" value={current} onChange={setCurrent}>
        <p className="hint">Leave empty only if you opened this workbook with your recovery key.</p>
      </PassphraseField>
      <PassphraseFields key={formKey} onChange={onNext} labelPrefix="New passphrase" />
      <div className="actions">
        <button type="submit" className="primary" disabled={!next || busy} aria-describedby={!next && why ? whyId : undefined}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
      <WhyDisabled id={whyId} why={next ? null : why} />
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'success'}>
          {message.text}
        </p>
      )}
      {newRecoveryKey && <ShownRecoveryKey recoveryKey={newRecoveryKey} onHide={() => setNewRecoveryKey(null)} />}
    </form>
  );
}

const T = VAULT_TEXTS.replaceRecoveryKey;

function ShownRecoveryKey({ recoveryKey, onHide }: { recoveryKey: string; onHide: () => void }) {
  return (
    <div className="notice" data-testid="new-recovery-key">
      <p>{T.done}</p>
      <RecoveryKey recoveryKey={recoveryKey} />
      <div className="actions">
        <button type="button" onClick={onHide}>
          {T.hide}
        </button>
      </div>
    </div>
  );
}

/** A new recovery key: the whole folder is re-keyed, so the old key opens nothing any more. */
function ReplaceRecoveryKey({ role }: { role: Workbook['role'] }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setError(null);
    const result = await call('workbook:replaceRecoveryKey', { role, passphrase });
    setBusy(false);
    setPassphrase('');
    if (result.ok) setRecoveryKey(result.value.recoveryKey);
    else setError(result.error.message);
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="replace-recovery-title">
      <h3 id="replace-recovery-title">{T.title}</h3>
      <p className="hint">{T.lead}</p>
      <p className="hint">{VAULT_TEXTS.whatRekeyingCannotDo}</p>
      <PassphraseField label={T.passphraseLabel} value={passphrase} onChange={setPassphrase} />
      <div className="actions">
        <button type="submit" disabled={!passphrase || busy}>
          {busy ? T.busy : T.button}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {recoveryKey && <ShownRecoveryKey recoveryKey={recoveryKey} onHide={() => setRecoveryKey(null)} />}
    </form>
  );
}
