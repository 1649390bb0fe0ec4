import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog: shown with showModal() when it mounts (focus moves inside, the rest of the
 * window is inert) and closed when it unmounts. Escape calls onCancel when given (the dialog
 * then stays until its owner removes it), otherwise it calls onClose at once, from the `cancel`
 * event. The browser's own `close` event comes a task later; had onClose waited for it, a key
 * pressed in between (Escape, then at once the shortcut that opens the dialog again) would find
 * the owner still "open" while the dialog was already gone, and do nothing.
 */
export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  role,
  onClose,
  onCancel,
  testId,
  children,
}: {
  className: string;
  /** The id of the dialog's title. */
  labelledBy: string;
  /** The id of the text that says what the dialog is about, when there is one. */
  describedBy?: string;
  role?: 'alertdialog';
  onClose?: () => void;
  onCancel?: () => void;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // onClose once per dialog, and never after it unmounted: the `close` event of a dialog already
  // reported (or removed) must not close the next one its owner opened meanwhile.
  const reported = useRef(false);
  const reportClose = () => {
    if (reported.current) return;
    reported.current = true;
    onClose?.();
  };
  useEffect(() => {
    const dialog = ref.current;
    reported.current = false;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      reported.current = true;
      dialog?.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      onClose={() => {
        // A `close` event queued before the dialog was shown again (React's development
        // double mount closes and reopens it) is not a close.
        if (!ref.current?.open) reportClose();
      }}
      onCancel={(event) => {
        if (onCancel) {
          event.preventDefault();
          onCancel();
        } else reportClose();
      }}
    >
      {children}
    </dialog>
  );
}
