import { useEffect, useRef } from 'react';

/** A neutral screen after Quick hide: nothing about the workbooks, and everything already locked. */
export function HiddenScreen({ onReturn }: { onReturn: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <main className="hidden-screen" aria-label="Workbook">
      <div className="hidden-card">
        <p className="hidden-title">Workbook</p>
        <p>Everything is locked.</p>
        <button type="button" ref={ref} onClick={onReturn}>
          Continue
        </button>
      </div>
    </main>
  );
}
