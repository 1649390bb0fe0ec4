import { HARD_DAY_TEXTS } from '../../../shared/guidance/crisisResources';
import type { HardDayReasons, NightContact } from '../../../shared/workbook/safety';
import { openPause } from '../pause/pauseEvents';
import { CrisisLines } from './CrisisLines';
import { NightContacts } from './NightContacts';
import './safety.css';

/**
 * A gentle offer after a hard check-in: a pause, the crisis lines (domestic-violence lines first
 * when home does not feel safe) and the night contacts. It never blocks and can be put away.
 */
export function HardDayOffer({
  reasons,
  nightContacts,
  contactsHeading,
  onDismiss,
}: {
  reasons: HardDayReasons;
  nightContacts: readonly NightContact[];
  contactsHeading?: string;
  onDismiss: () => void;
}) {
  return (
    <section className="notice hard-day-offer" aria-labelledby="hard-day-title" data-testid="hard-day-offer">
      <h4 id="hard-day-title">{HARD_DAY_TEXTS.title}</h4>
      {reasons.harmThoughts && <p>{HARD_DAY_TEXTS.harmThoughts}</p>}
      {reasons.unsafeAtHome && <p>{HARD_DAY_TEXTS.unsafeAtHome}</p>}
      {!reasons.harmThoughts && !reasons.unsafeAtHome && <p>{HARD_DAY_TEXTS.distress}</p>}
      <div className="actions">
        <button type="button" onClick={openPause}>
          {HARD_DAY_TEXTS.pause}
        </button>
      </div>
      <CrisisLines headingLevel={4} unsafeAtHome={reasons.unsafeAtHome} />
      <NightContacts contacts={nightContacts} headingLevel={4} {...(contactsHeading ? { heading: contactsHeading } : {})} />
      <div className="actions">
        <button type="button" onClick={onDismiss}>
          {HARD_DAY_TEXTS.dismiss}
        </button>
      </div>
    </section>
  );
}
