/**
 * "Release questions" for the partner's questions section: writes an encrypted question
 * packet of the questions marked ready (as last saved) and shows the one-time release code.
 */
import { useState } from 'react';
import { RELEASE_TEXTS } from '../../../shared/guidance/handoffTexts';
import { call } from '../../bridge';
import './export.css';

export function ReleaseQuestions({
  readyCount,
  sharePriority,
  onSharePriority,
  onNumbers,
}: {
  readyCount: number;
  sharePriority: boolean;
  onSharePriority: (v: boolean) => void;
  /** Numbers given at this release, to keep in the workbook for good. */
  onNumbers: (numbers: Record<string, number>, nextNumber: number) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [released, setReleased] = useState<{ code: string; fileName: string; questionCount: number } | null>(null);

  async function release() {
    setBusy(true);
    setError(null);
    const result = await call('questions:release');
    setBusy(false);
    if (result.ok) {
      const given = Object.values(result.value.numbers);
      if (given.length) onNumbers(result.value.numbers, Math.max(...given) + 1);
      setReleased(result.value);
    } else if (result.error.code !== 'cancelled') setError(result.error.message);
  }

  return (
    <section className="card exchange" aria-labelledby="release-title">
      <h3 id="release-title">Release questions to your therapist</h3>
      {released ? (
        <>
          <p role="status">
            {released.questionCount === 1 ? 'One question was' : `${released.questionCount} questions were`} saved in{' '}
            <strong>{released.fileName}</strong>, encrypted.
          </p>
          <p>Release code:</p>
          <p className="release-code" aria-label={`Release code ${released.code.split('').join(' ')}`}>
            {released.code}
          </p>
          <p className="hint">
            Give the file and this code to your therapist, ideally separately (for example, the file through their portal and the
            code by telephone). The code is shown only now and cannot be shown again; if it is lost, simply release the questions
            again.
          </p>
          <div className="actions">
            <button type="button" onClick={() => setReleased(null)}>
              Done
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            When you feel ready, you can put the questions marked &ldquo;ready for my therapist&rdquo; into an encrypted file for
            your therapist. Only those questions go in, in your order: nothing else from your workbook. Your partner sees them
            only after the therapists pass them on.
          </p>
          <p data-testid="what-travels">{RELEASE_TEXTS.whatTravels(sharePriority)}</p>
          <label className="checkbox">
            <input type="checkbox" checked={sharePriority} onChange={(e) => onSharePriority(e.target.checked)} />{' '}
            {RELEASE_TEXTS.sharePriority}
          </label>
          <p className="hint block">
            {readyCount === 0
              ? 'No questions are marked ready yet.'
              : `${readyCount === 1 ? 'One question is' : `${readyCount} questions are`} marked ready.`}
          </p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" disabled={busy || readyCount === 0} onClick={() => void release()}>
              {busy ? 'Releasing\u2026' : 'Release questions\u2026'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
