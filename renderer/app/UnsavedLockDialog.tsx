import { useEffect, useRef } from 'react';

/**
 * Asked when Lock finds changes that could not be saved yet: a modal dialog over the workbook,
 * so the question has the person's attention and focus, and nothing is lost without a choice.
 * Escape (or closing it) keeps the workbook open, as it was.
 */
export function UnsavedLockDialog({
  onTryAgain,
  onLockAnyway,
  onKeepOpen,
  onQuickHide,
}: {
  onTryAgain: () => void;
  onLockAnyway: () => void;
  onKeepOpen: () => void;
  /** The header's Quick hide is behind this modal, so it is offered here too. */
  onQuickHide: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="notice lock-problem"
      role="alertdialog"
      aria-labelledby="unsaved-title"
      onCancel={(event) => {
        event.preventDefault();
        onKeepOpen();
      }}
    >
      <p id="unsaved-title">
        Your latest changes have not been saved yet, so your workbook is still open. You can try saving again, or lock now without
        them. Everything up to your last save is kept either way.
      </p>
      <div className="actions">
        <button type="button" onClick={onQuickHide}>
          Quick hide
        </button>
        <button type="button" className="primary" onClick={onTryAgain}>
          Try again and lock
        </button>
        <button type="button" onClick={onLockAnyway}>
          Lock anyway
        </button>
      </div>
    </dialog>
  );
}
