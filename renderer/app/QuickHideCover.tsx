import { useLayoutEffect, useRef } from 'react';

/**
 * Quick hide, the instant part: a neutral full-window cover, shown as a modal dialog so it sits
 * above everything (other dialogs included) and the app beneath takes no input. It opens before
 * the browser paints; the save and the lock finish underneath, then the neutral screen follows.
 */
export function QuickHideCover() {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="quick-hide-cover"
      aria-label="Workbook"
      data-testid="quick-hide-cover"
      onCancel={(event) => event.preventDefault()}
    >
      <div className="hidden-card">
        <p className="hidden-title">Workbook</p>
      </div>
    </dialog>
  );
}
