import { useRef, useState } from 'react';
import { RECOVERY_KEY_TEXTS as T } from '../../shared/guidance/everydayTexts';

/**
 * A recovery key as it is shown once: 8 groups of 4 in two rows of four (never wrapped 7 + 1),
 * a Copy button and the advice to keep it on paper, apart from the computer. There is no "save
 * as a file": a plaintext key beside the workbook on a shared computer would open it.
 *
 * Copying is a real copy event of the shown key, so the workbook's clipboard care records its
 * hash and clears the clipboard on lock if it still holds the key (as the share code does).
 */
export function RecoveryKey({ recoveryKey, testId }: { recoveryKey: string; testId?: string }) {
  const keyRef = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const groups = recoveryKey.split('-');

  function copy() {
    const el = keyRef.current;
    const selection = document.getSelection();
    if (!el || !selection) return;
    // The copied text is the key as typed at unlock (groups joined by "-"), not the grid's line breaks.
    const onCopy = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', recoveryKey);
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy, { capture: true, once: true });
    const range = document.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
    const ok = document.execCommand('copy');
    document.removeEventListener('copy', onCopy, { capture: true });
    selection.removeAllRanges();
    setCopied(ok);
  }

  return (
    <div className="recovery-key-block">
      <p ref={keyRef} className="recovery-key" data-testid={testId} aria-label="Recovery key">
        {groups.map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </p>
      <p className="hint" data-testid="recovery-key-advice">
        {T.paper} {T.passwordManager}
      </p>
      <div className="actions start">
        <button type="button" onClick={copy}>
          {T.copy}
        </button>
      </div>
      {copied !== null && (
        <p className={copied ? 'hint' : 'hint error'} role="status" data-testid="recovery-key-copied">
          {copied ? T.copied : T.copyFailed}
        </p>
      )}
    </div>
  );
}
