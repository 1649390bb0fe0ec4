import { useEffect, useState } from 'react';
import { PAUSE_TEXT } from '../../../shared/guidance/sectionTexts';
import { matchesShortcut, PAUSE_SHORTCUT } from '../../shortcuts';
import { BreathingPacer } from './BreathingPacer';
import { GroundingExercise } from './GroundingExercise';
import { onOpenPause } from './pauseEvents';
import './pause.css';
import { ModalDialog } from '../../ui/ModalDialog';

/**
 * The "Pause" button for the workbook header, plus the pause screen it opens. Also opens with
 * Ctrl+Shift+P from anywhere in the workbook, or from any section via openPause().
 */
export function PauseControl() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matchesShortcut(event, PAUSE_SHORTCUT)) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    const off = onOpenPause(() => setOpen(true));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);

  return (
    <>
      <button type="button" className="pause-button" onClick={() => setOpen(true)} title={`Take a pause (${PAUSE_SHORTCUT})`}>
        <span aria-hidden="true" className="pause-leaf">
          ◯
        </span>{' '}
        Pause
      </button>
      {open && <PauseOverlay onClose={() => setOpen(false)} />}
    </>
  );
}

function PauseOverlay({ onClose }: { onClose: () => void }) {
  const [tab, setTab] = useState<'breathe' | 'ground'>('breathe');

  return (
    <ModalDialog className="calm-dialog pause-overlay" labelledBy="pause-title" onClose={onClose}>
      <div className="calm-dialog-inner">
        <h2 id="pause-title">Pause</h2>
        <p className="pause-text">{PAUSE_TEXT}</p>
        <div className="pause-tabs" role="group" aria-label="What would help right now">
          <button type="button" aria-pressed={tab === 'breathe'} onClick={() => setTab('breathe')}>
            Breathe slowly
          </button>
          <button type="button" aria-pressed={tab === 'ground'} onClick={() => setTab('ground')}>
            Ground yourself
          </button>
        </div>
        <div className="pause-panel">{tab === 'breathe' ? <BreathingPacer /> : <GroundingExercise />}</div>
        <p className="hint">Everything you have written is saved. Nothing here is timed.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={onClose}>
            Return to my workbook
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
