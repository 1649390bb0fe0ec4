/**
 * "Import questions" for the disclosing partner's answers section: choose the packet file,
 * type the release code, and the released questions join the answers section. Answers stay
 * with their questions by id, so importing a newer packet never loses one.
 */
import { formatDay } from '../../../shared/dates';
import { useId, useState } from 'react';
import { mergePacket, normaliseReleaseCode } from '../../../shared/export/questionPacket';
import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import { call } from '../../bridge';
import type { Update } from '../types';
import './export.css';
import { ErrorAlert } from '../../ui/fields';

/**
 * The note after an import (counts only, no content). Kept outside React state because the
 * answers section re-renders into a different layout once questions exist, which remounts this.
 */
let lastImportNote: { packetId: string; text: string } | null = null;

interface Props {
  content: DisclosingWorkbook;
  update: Update<DisclosingWorkbook>;
}

export function ImportQuestions({ content, update }: Props) {
  const codeId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = content.sections.answers.packet;
  const [message, setMessage] = useState<string | null>(
    current && lastImportNote?.packetId === current.packetId ? lastImportNote.text : null,
  );

  async function choose() {
    setError(null);
    setMessage(null);
    const result = await call('questions:choosePacket');
    if (result.ok) setFileName(result.value.fileName);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
  }

  async function open(event: React.FormEvent) {
    event.preventDefault();
    if (!normaliseReleaseCode(code)) {
      setError('A release code has 16 digits, for example 1234-5678-9012-3456.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await call('questions:openPacket', { code });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const merged = mergePacket(content.sections.answers, result.value, new Date());
    update((draft) => {
      draft.sections.answers = merged.answers;
    });
    setCode('');
    setFileName(null);
    const parts = [`${result.value.questions.length} question${result.value.questions.length === 1 ? '' : 's'} imported`];
    if (merged.keptAnswers) parts.push(`${merged.keptAnswers} already answered, and those answers are kept`);
    if (merged.withdrawnQuestions)
      parts.push(
        `${merged.withdrawnQuestions} earlier question${merged.withdrawnQuestions === 1 ? ' is' : 's are'} no longer in the packet; any answers to them are kept`,
      );
    if (merged.olderThanCurrent) parts.push('note: this packet was released before the one you had imported');
    const text = `${parts.join('; ')}.`;
    lastImportNote = { packetId: result.value.packetId, text };
    setMessage(text);
  }

  return (
    <section className="card exchange" aria-labelledby="import-title">
      <h3 id="import-title">Import your partner&apos;s questions</h3>
      <p>
        Your therapist gives you a question packet file and a release code once the therapists have looked at the questions. Your
        answers stay with their questions when a newer packet is imported.
      </p>
      {current && (
        <p className="hint block">
          The current questions were released on {formatDay(current.releasedAt)} ({current.questions.length} question
          {current.questions.length === 1 ? '' : 's'}).
        </p>
      )}
      {message && <p role="status">{message}</p>}
      <form onSubmit={(e) => void open(e)}>
        <p>
          <button type="button" onClick={() => void choose()}>
            Choose the packet file{'\u2026'}
          </button>{' '}
          {fileName && <span className="export-file">Chosen: {fileName}</span>}
        </p>
        <div className="field">
          <label htmlFor={codeId}>Release code</label>
          <input
            id={codeId}
            inputMode="numeric"
            autoComplete="off"
            placeholder="1234-5678-9012-3456"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <ErrorAlert message={error} />
        <div className="actions">
          <button type="submit" disabled={busy || !fileName || code.trim() === ''}>
            {busy ? 'Opening\u2026' : 'Import questions'}
          </button>
        </div>
      </form>
    </section>
  );
}
