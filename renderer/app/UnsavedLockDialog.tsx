import { UNSAVED_LOCK_QUESTION } from '../../shared/guidance/lockTexts';
import { ModalDialog } from '../ui/ModalDialog';

/**
 * Asked when Lock finds changes that could not be saved yet: a modal dialog over the workbook,
 * so the question has the person's attention and focus, and nothing is lost without a choice.
 * Escape (or closing it) keeps the workbook open, as it was. When the person is probably away
 * (idle lock, system lock screen), the dialog's backdrop covers the workbook completely.
 */
export function UnsavedLockDialog({
  coversWorkbook = false,
  onTryAgain,
  onLockAnyway,
  onKeepOpen,
  onQuickHide,
}: {
  coversWorkbook?: boolean;
  onTryAgain: () => void;
  onLockAnyway: () => void;
  onKeepOpen: () => void;
  /** The header's Quick hide is behind this modal, so it is offered here too. */
  onQuickHide: () => void;
}) {
  return (
    <ModalDialog
      className={coversWorkbook ? 'notice lock-problem covers-workbook' : 'notice lock-problem'}
      role="alertdialog"
      labelledBy="unsaved-title"
      onCancel={onKeepOpen}
    >
      <p id="unsaved-title">{UNSAVED_LOCK_QUESTION}</p>
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
    </ModalDialog>
  );
}
