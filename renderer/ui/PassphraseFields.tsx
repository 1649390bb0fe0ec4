import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { PASSPHRASE_FIELD_TEXTS as T } from '../../shared/guidance/everydayTexts';
import { MIN_PASSPHRASE_LENGTH, MIN_STRENGTH_SCORE, passphraseProblem, WEAK_PASSPHRASE_MESSAGE } from '../../shared/passphrase';
import { estimateStrength, type Strength } from './passphraseStrength';

/** Caps Lock as the last key event in the field saw it; false again when the field loses focus. */
function useCapsLock() {
  const [on, setOn] = useState(false);
  const read = (event: KeyboardEvent<HTMLInputElement>) => setOn(event.getModifierState('CapsLock'));
  return { on, handlers: { onKeyDown: read, onKeyUp: read, onBlur: () => setOn(false) } };
}

/** The "Show passphrase" toggle: pressed, the fields it controls show what was typed. */
function ShowToggle({ shown, onToggle, controls }: { shown: boolean; onToggle: () => void; controls: string }) {
  return (
    <button
      type="button"
      className="link passphrase-show"
      aria-pressed={shown}
      aria-controls={controls}
      // A click keeps the focus (and the caret) in the field being typed in.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
    >
      {T.show}
    </button>
  );
}

/**
 * The form kit's one passphrase field: a labelled password input with a Caps Lock warning and,
 * unless the caller shows it for several fields at once, its own "Show passphrase" toggle.
 * Never spell-checked or remembered by the browser.
 */
export function PassphraseField({
  label,
  value,
  onChange,
  autoComplete = 'off',
  autoFocus = false,
  describedBy,
  invalid,
  shown,
  readOnly = false,
  inputRef,
  id,
  children,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  autoComplete?: 'off' | 'new-password' | 'current-password';
  autoFocus?: boolean;
  /** More ids read with the field (a strength meter, a hint). */
  describedBy?: string | undefined;
  invalid?: boolean;
  /** Controlled from outside (one toggle for two fields); the field then has no toggle of its own. */
  shown?: boolean;
  /** Shown but not editable for a moment (the unlock screen while it asks about an older copy). */
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  children?: ReactNode;
}) {
  const ownId = useId();
  const capsId = useId();
  const inputId = id ?? ownId;
  const [ownShown, setOwnShown] = useState(false);
  const caps = useCapsLock();
  const visible = shown ?? ownShown;
  const described = [describedBy, caps.on ? capsId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field passphrase-field">
      <label htmlFor={inputId}>{label}</label>
      <div className="passphrase-input">
        <input
          id={inputId}
          ref={inputRef}
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          autoFocus={autoFocus}
          readOnly={readOnly}
          value={value}
          aria-describedby={described}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value)}
          {...caps.handlers}
        />
        {shown === undefined && <ShowToggle shown={ownShown} onToggle={() => setOwnShown((s) => !s)} controls={inputId} />}
      </div>
      {caps.on && (
        <p id={capsId} className="hint caps-lock" role="status" data-testid="caps-lock">
          {T.capsLock}
        </p>
      )}
      {children}
    </div>
  );
}

/** Why a button that waits for a new passphrase is not offered yet; null when it is. */
export type PassphraseWait = string | null;

/**
 * A new passphrase entered twice, with a strength meter (zxcvbn-ts), one "Show passphrase"
 * toggle for both fields and a Caps Lock warning. Reports the passphrase to the parent only when
 * both entries match and the minimum is met (otherwise null), with the reason it is not ready yet
 * so that the parent can say why its button is disabled.
 */
export function PassphraseFields({
  onChange,
  labelPrefix = T.newLabel,
  autoFocus = false,
}: {
  onChange: (value: string | null, why: PassphraseWait) => void;
  labelPrefix?: string;
  autoFocus?: boolean;
}) {
  const firstId = useId();
  const secondId = useId();
  const meterId = useId();
  const mismatchId = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [shown, setShown] = useState(false);
  // The estimate and the text it is for: a result for earlier text never counts ("Checking…" until it is in).
  const [strength, setStrength] = useState<(Strength & { for: string }) | null>(null);

  useEffect(() => {
    let cancelled = false;
    if (!first) {
      setStrength(null);
      return;
    }
    void estimateStrength(first).then((s) => {
      if (!cancelled) setStrength({ ...s, for: first });
    });
    return () => {
      cancelled = true;
    };
  }, [first]);

  const problem = first ? passphraseProblem(first) : null;
  const current = strength !== null && strength.for === first ? strength : null;
  const weak = current !== null && current.score < MIN_STRENGTH_SCORE;
  const mismatch = second.length > 0 && first !== second;
  // Never valid while the strength is still being checked.
  const valid = first.length > 0 && !problem && current !== null && !weak && first === second;
  const why: PassphraseWait = valid
    ? null
    : !first
      ? T.why.empty
      : problem
        ? problem
        : current === null
          ? T.why.checking
          : weak
            ? WEAK_PASSPHRASE_MESSAGE
            : !second
              ? T.why.typeAgain
              : T.why.mismatch;

  useEffect(() => {
    onChange(valid ? first : null, why);
  }, [valid, first, why, onChange]);

  return (
    <div className="passphrase-fields">
      <PassphraseField
        id={firstId}
        label={labelPrefix}
        value={first}
        onChange={setFirst}
        autoComplete="new-password"
        autoFocus={autoFocus}
        describedBy={meterId}
        shown={shown}
      >
        <div id={meterId} className="strength" aria-live="polite">
          <meter min={0} max={4} value={current?.score ?? 0} aria-label={T.strengthLabel} />
          <span>
            {!first
              ? T.lengthHint(MIN_PASSPHRASE_LENGTH)
              : problem
                ? problem
                : current
                  ? weak
                    ? `${current.label}. ${WEAK_PASSPHRASE_MESSAGE}`
                    : `${current.label}${current.hint ? `. ${current.hint}` : ''}`
                  : T.checking}
          </span>
        </div>
      </PassphraseField>
      <PassphraseField
        id={secondId}
        label={T.again(labelPrefix)}
        value={second}
        onChange={setSecond}
        autoComplete="new-password"
        invalid={mismatch}
        describedBy={mismatch ? mismatchId : undefined}
        shown={shown}
      >
        {mismatch && (
          <p id={mismatchId} className="hint error">
            {T.mismatch}
          </p>
        )}
      </PassphraseField>
      <div className="actions start passphrase-show-row">
        <ShowToggle shown={shown} onToggle={() => setShown((s) => !s)} controls={`${firstId} ${secondId}`} />
      </div>
    </div>
  );
}

/** The reason a button is disabled, shown beside it and read with it (aria-describedby on the button). */
export function WhyDisabled({ id, why }: { id: string; why: string | null }) {
  if (!why) return null;
  return (
    <p id={id} className="hint why-disabled" data-testid="why-disabled">
      {why}
    </p>
  );
}
