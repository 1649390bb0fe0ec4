import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog: shown with showModal() when it mounts (focus moves inside, the rest of the
 * window is inert) and closed when it unmounts. Escape calls onCancel when given (the dialog
 * then stays until its owner removes it), otherwise it closes the dialog and calls onClose.
 */
export function ModalDialog({
  className,
  labelledBy,
  role,
  onClose,
  onCancel,
  testId,
  children,
}: {
  className: string;
  /** The id of the dialog's title. */
  labelledBy: string;
  role?: 'alertdialog';
  onClose?: () => void;
  onCancel?: () => void;
  testId?: string;
  children: ReactNode;
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
      className={className}
      role={role}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onClose={onClose}
      onCancel={
        onCancel &&
        ((event) => {
          event.preventDefault();
          onCancel();
        })
      }
    >
      {children}
    </dialog>
  );
}
