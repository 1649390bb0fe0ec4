import { useEffect, useId, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH, MIN_STRENGTH_SCORE, passphraseProblem, WEAK_PASSPHRASE_MESSAGE } from '../../shared/passphrase';
import { estimateStrength, type Strength } from './passphraseStrength';

/**
 * Passphrase entered twice, with a strength meter (zxcvbn-ts). Reports the passphrase to the
 * parent only when both entries match and the minimum is met; otherwise null.
 */
export function PassphraseFields({
  onChange,
  labelPrefix = 'Passphrase',
}: {
  onChange: (value: string | null) => void;
  labelPrefix?: string;
}) {
  const firstId = useId();
  const secondId = useId();
  const meterId = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
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

  useEffect(() => {
    onChange(valid ? first : null);
  }, [valid, first, onChange]);

  return (
    <div className="passphrase-fields">
      <div className="field">
        <label htmlFor={firstId}>{labelPrefix}</label>
        <input
          id={firstId}
          type="password"
          autoComplete="new-password"
          value={first}
          aria-describedby={meterId}
          onChange={(e) => setFirst(e.target.value)}
        />
        <div id={meterId} className="strength" aria-live="polite">
          <meter min={0} max={4} value={current?.score ?? 0} aria-label="Passphrase strength" />
          <span>
            {!first
              ? `At least ${MIN_PASSPHRASE_LENGTH} characters. Several unrelated words are easy to remember and hard to guess.`
              : problem
                ? problem
                : current
                  ? weak
                    ? `${current.label}. ${WEAK_PASSPHRASE_MESSAGE}`
                    : `${current.label}${current.hint ? `. ${current.hint}` : ''}`
                  : 'Checking…'}
          </span>
        </div>
      </div>
      <div className="field">
        <label htmlFor={secondId}>{labelPrefix} again</label>
        <input
          id={secondId}
          type="password"
          autoComplete="new-password"
          value={second}
          aria-invalid={mismatch}
          onChange={(e) => setSecond(e.target.value)}
        />
        {mismatch && <p className="hint error">The two entries are not the same yet.</p>}
      </div>
    </div>
  );
}
