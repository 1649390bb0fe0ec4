import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { INCOMING_FILE_TEXTS as T } from '../../shared/guidance/desktopTexts';
import type { IncomingChoice, IncomingOffer } from '../../shared/incomingFile';
import type { Role } from '../../shared/workbook/schema';
import { call, onAppEvent } from '../bridge';
import { ErrorAlert } from '../ui/fields';
import { ModalDialog } from '../ui/ModalDialog';

type OpenRequestListener = (role: Role) => void;
const openRequestListeners = new Set<OpenRequestListener>();

/** The app shell listens: a workbook file's role should be opened (its unlock screen). */
export function onOpenWorkbookRequest(listener: OpenRequestListener): () => void {
  openRequestListeners.add(listener);
  return () => openRequestListeners.delete(listener);
}

let suppressed = false;
const suppressedListeners = new Set<() => void>();

/** While the plain (quick-hide) screen shows, nothing about workbooks may appear: the offer waits. */
export function setIncomingFileSuppressed(value: boolean): void {
  if (suppressed === value) return;
  suppressed = value;
  for (const listener of suppressedListeners) listener();
}
function subscribeSuppressed(listener: () => void) {
  suppressedListeners.add(listener);
  return () => suppressedListeners.delete(listener);
}

/**
 * A workbook file opened from outside the app (double-click, the command line, the Dock):
 * asks the main process what it is and offers, calmly, what can be done with it. Shown over
 * whatever screen is open; nothing changes on disk without a button press, and replacing a
 * workbook is its own, explicit button.
 */
export function IncomingFileHost() {
  const [offer, setOffer] = useState<IncomingOffer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hidden = useSyncExternalStore(subscribeSuppressed, () => suppressed);

  const check = useCallback(async () => {
    const result = await call('incoming:pending');
    if (result.ok) {
      setOffer(result.value);
      setError(null);
    }
  }, []);

  useEffect(() => {
    void check();
    return onAppEvent((event) => {
      if (event === 'incoming-file') void check();
    });
  }, [check]);

  if (!offer || hidden) return null;

  const close = () => {
    void call('incoming:dismiss', { id: offer.id });
    setOffer(null);
  };
  const answer = async (choice: IncomingChoice) => {
    setBusy(true);
    const result = await call('incoming:accept', { id: offer.id, choice });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      if (result.error.code !== 'locked') void check();
      return;
    }
    setOffer(null);
    for (const listener of openRequestListeners) listener(result.value.role);
  };
  return <IncomingFileDialog offer={offer} error={error} busy={busy} onAnswer={(c) => void answer(c)} onClose={close} />;
}

function IncomingFileDialog({
  offer,
  error,
  busy,
  onAnswer,
  onClose,
}: {
  offer: IncomingOffer;
  error: string | null;
  busy: boolean;
  onAnswer: (choice: IncomingChoice) => void;
  onClose: () => void;
}) {
  const d = offer.decision;
  let body: string[];
  let actions: { label: string; choice?: IncomingChoice; primary?: boolean }[];
  switch (d.kind) {
    case 'refuse':
      body = [T.problems[d.problem]];
      actions = [{ label: T.actions.close, primary: true }];
      break;
    case 'open-here':
      body = [d.unlocked ? T.alreadyOpen(d.role) : T.openHere(d.role)];
      actions = d.unlocked
        ? [{ label: T.actions.close, primary: true }]
        : [{ label: T.actions.open, choice: 'open', primary: true }, { label: T.actions.notNow }];
      break;
    case 'bring-in':
      body = [T.bringIn(d.role)];
      actions = [{ label: T.actions.bringIn, choice: 'bring-in', primary: true }, { label: T.actions.notNow }];
      break;
    case 'choose':
      body = [T.choose(d.role), T.relation[d.relation], T.replaceNote, ...(d.unlocked ? [T.lockFirst] : [])];
      actions = [
        { label: T.actions.keep, choice: 'open', primary: true },
        { label: T.actions.replace, choice: 'replace' },
        { label: T.actions.notNow },
      ];
      break;
  }
  return (
    <ModalDialog
      className="notice lock-problem incoming-file"
      labelledBy="incoming-title"
      describedBy="incoming-body"
      onCancel={onClose}
    >
      <h2 id="incoming-title">{T.title}</h2>
      <div id="incoming-body">
        {body.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </div>
      <ErrorAlert message={error} />
      <div className="actions">
        {actions.map(({ label, choice, primary }) => (
          <button
            key={label}
            type="button"
            className={primary ? 'primary' : undefined}
            disabled={busy}
            onClick={() => (choice ? onAnswer(choice) : onClose())}
          >
            {label}
          </button>
        ))}
      </div>
    </ModalDialog>
  );
}
