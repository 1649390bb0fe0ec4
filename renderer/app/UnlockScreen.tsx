import { useEffect, useId, useRef, useState } from 'react';
import type { Role, Workbook } from '../../shared/workbook/schema';
import { UNLOCK_TEXTS as T } from '../../shared/guidance/everydayTexts';
import { VAULT_TEXTS } from '../../shared/guidance/vaultTexts';
import { call } from '../bridge';
import { PassphraseField } from '../ui/PassphraseFields';
import { usePreferences } from './preferences';
import { ROLE_TITLES } from './roleTitles';

interface Props {
  role: Role;
  onCancel: () => void;
  onUnlocked: (content: Workbook, notice?: string) => void;
}

export function UnlockScreen({ role, onCancel, onUnlocked }: Props) {
  const inputId = useId();
  const errorId = useId();
  const { prefs } = usePreferences();
  const [method, setMethod] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [backups, setBackups] = useState(0);
  const [olderCopy, setOlderCopy] = useState<Workbook | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [waitUntil]);

  const waiting = waitUntil > now;
  const secondsLeft = Math.ceil((waitUntil - now) / 1000);

  async function attempt(channel: 'workbook:unlock' | 'workbook:openBackup') {
    if (!value || busy) return;
    setBusy(true);
    setError(null);
    const result = await call(channel, { role, secret: { method, value } });
    setBusy(false);
    if (result.ok) {
      if (result.value.olderCopy && channel === 'workbook:unlock') {
        // Never accepted silently: the person chooses between this copy and the newest backup.
        setOlderCopy(result.value.content);
        return;
      }
      setValue('');
      setOlderCopy(null);
      const notices: string[] = [];
      if (result.value.openedFromBackup) notices.push(VAULT_TEXTS.restored[result.value.restoredBecause ?? 'damaged']);
      if (method === 'recoveryKey') {
        notices.push(T.openedWithRecoveryKey);
      }
      onUnlocked(result.value.content, notices.join(' ') || undefined);
      return;
    }
    const { error: e } = result;
    setError(e.message);
    if (e.code === 'damaged') setBackups(e.backupsAvailable ?? 0);
    if (e.retryAfterMs) {
      setWaitUntil(Date.now() + e.retryAfterMs);
      setNow(Date.now());
    }
    inputRef.current?.select();
  }

  return (
    <main className="narrow" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{T.title(prefs.discreetMode ? null : ROLE_TITLES[role])}</h1>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          // While the older-copy choice is shown, Enter chooses nothing: one of its two buttons does.
          if (!olderCopy) void attempt('workbook:unlock');
        }}
      >
        {method === 'passphrase' ? (
          // Show passphrase and the Caps Lock warning, as on every other passphrase field.
          <PassphraseField
            id={inputId}
            inputRef={inputRef}
            label={T.passphraseLabel}
            value={value}
            onChange={setValue}
            autoFocus
            readOnly={olderCopy !== null}
            invalid={error !== null}
            describedBy={error ? errorId : undefined}
          />
        ) : (
          // The key is shown as typed and read without regard to case, so it needs neither toggle nor warning.
          <div className="field">
            <label htmlFor={inputId}>{T.recoveryKeyLabel}</label>
            <input
              id={inputId}
              ref={inputRef}
              type="text"
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
              autoFocus
              readOnly={olderCopy !== null}
              value={value}
              placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
              aria-invalid={error !== null || undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => setValue(e.target.value)}
            />
          </div>
        )}
        {error && (
          <div className="error" role="alert" id={errorId} data-testid="unlock-error">
            <p>{error}</p>
            {waiting && <p>{T.waitBeforeTrying(secondsLeft)}</p>}
          </div>
        )}
        {olderCopy && (
          <div className="notice" role="status" data-testid="older-copy">
            <h2>{VAULT_TEXTS.olderCopy.title}</h2>
            <p>{VAULT_TEXTS.olderCopy.body}</p>
            <div className="actions">
              {/* Unlock steps aside under the choice, so focus goes to the choice itself. */}
              <button
                type="button"
                className="primary"
                autoFocus
                disabled={busy}
                onClick={() => void attempt('workbook:openBackup')}
              >
                {VAULT_TEXTS.olderCopy.openBackup}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  setValue('');
                  onUnlocked(olderCopy, VAULT_TEXTS.olderCopy.kept);
                }}
              >
                {VAULT_TEXTS.olderCopy.keep}
              </button>
            </div>
          </div>
        )}
        {backups > 0 && (
          <div className="notice">
            <p>{T.backupsAvailable(backups)}</p>
            <button type="button" disabled={!value || busy || waiting} onClick={() => void attempt('workbook:openBackup')}>
              {T.openNewestBackup}
            </button>
          </div>
        )}
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              // The older copy was opened to ask; going back locks it again.
              if (olderCopy) void call('workbook:lock', { role });
              onCancel();
            }}
          >
            {T.back}
          </button>
          {/* The older-copy notice asks for one of its two choices: Unlock and the switch step aside until then. */}
          {!olderCopy && (
            <>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setMethod((m) => (m === 'passphrase' ? 'recoveryKey' : 'passphrase'));
                  setValue('');
                  setError(null);
                }}
              >
                {method === 'passphrase' ? T.useRecoveryKey : T.usePassphrase}
              </button>
              <button type="submit" className="primary" disabled={!value || busy || waiting}>
                {busy ? T.busy : T.unlock}
              </button>
            </>
          )}
        </div>
      </form>
    </main>
  );
}
