import { useState } from 'react';
import { CRISIS_TEXTS } from '../../../shared/guidance/crisisResources';
import type { NightContact } from '../../../shared/workbook/safety';
import { ModalDialog } from '../../ui/ModalDialog';
import { openPause } from '../pause/pauseEvents';
import { CrisisLines } from './CrisisLines';
import { NightContacts } from './NightContacts';
import './safety.css';

/**
 * The quiet "If things feel too heavy" link shown on every screen of both workbooks. It opens a
 * calm dialog: the emergency number first, a pause, the crisis lines and the night contacts.
 */
export function HeavyLink({ nightContacts }: { nightContacts: readonly NightContact[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link heavy-link" onClick={() => setOpen(true)}>
        {CRISIS_TEXTS.heavyLink}
      </button>
      {open && <HeavyDialog nightContacts={nightContacts} onClose={() => setOpen(false)} />}
    </>
  );
}

function HeavyDialog({ nightContacts, onClose }: { nightContacts: readonly NightContact[]; onClose: () => void }) {
  return (
    <ModalDialog className="calm-dialog" labelledBy="heavy-title" onClose={onClose} testId="heavy-dialog">
      <div className="calm-dialog-inner">
        <h2 id="heavy-title">{CRISIS_TEXTS.heavyTitle}</h2>
        <p>{CRISIS_TEXTS.heavyIntro}</p>
        <CrisisLines headingLevel={3} />
        <NightContacts contacts={nightContacts} headingLevel={3} />
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              onClose();
              openPause();
            }}
          >
            {CRISIS_TEXTS.pauseButton}
          </button>
          <button type="button" className="primary" onClick={onClose}>
            {CRISIS_TEXTS.close}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
