import { useId, useState } from 'react';
import { DELETE_WORKBOOK_TEXTS as T } from '../../../shared/guidance/everydayTexts';
import type { Role } from '../../../shared/workbook/schema';
import { call } from '../../bridge';
import { TextField } from '../../ui/fields';
import { ModalDialog } from '../../ui/ModalDialog';
import { PassphraseField } from '../../ui/PassphraseFields';
import { useWorkbookActions } from '../../ui/workbookActions';

/** Delete this workbook: asked in a dialog, with the passphrase and typed words. */
export function DeleteWorkbook({ role }: { role: Role }) {
  const [asking, setAsking] = useState(false);
  return (
    <section className="card danger-zone" aria-labelledby="delete-workbook-title">
      <h3 id="delete-workbook-title">{T.title}</h3>
      <p className="hint">{T.lead}</p>
      <div className="actions start">
        <button type="button" onClick={() => setAsking(true)}>
          {T.open}
        </button>
      </div>
      {asking && <DeleteDialog role={role} onCancel={() => setAsking(false)} />}
    </section>
  );
}

function DeleteDialog({ role, onCancel }: { role: Role; onCancel: () => void }) {
  const { deleted } = useWorkbookActions();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = passphrase !== '' && typed === T.confirmPhrase;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    const result = await call('workbook:delete', { role, passphrase, confirmation: T.confirmPhrase });
    setPassphrase('');
    if (result.ok) {
      deleted();
      return;
    }
    setBusy(false);
    setError(result.error.message);
  }

  return (
    <ModalDialog className="app-dialog delete-dialog" labelledBy={titleId} role="alertdialog" onCancel={onCancel}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{T.title}</h2>
        <p>{T.lead}</p>
        <p>
          <strong>{T.cannotUndo}</strong>
        </p>
        <PassphraseField label={T.passphraseLabel} value={passphrase} onChange={setPassphrase} />
        <TextField label={T.confirmLabel} hint={T.confirmHint} value={typed} onChange={setTyped} maxLength={60} />
        {!ready && <p className="hint">{T.notYet}</p>}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {T.cancel}
          </button>
          <button type="submit" className="danger" disabled={!ready || busy}>
            {busy ? T.busy : T.button}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
