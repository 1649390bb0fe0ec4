import { useId, useState } from 'react';
import { CHECK_IN_SAFETY_ITEMS, CHECK_IN_SAFETY_LEGEND } from '../../../shared/guidance/crisisResources';
import { hardDayReasons, type NightContact } from '../../../shared/workbook/safety';
import { HardDayOffer } from './HardDayOffer';

interface SafetyEntry {
  readonly id: string;
  readonly distress: number | null;
  readonly harmThoughts: boolean;
  readonly unsafeAtHome: boolean;
}

/**
 * The two yes-or-no safety items of a check-in, and the gentle offer that follows a hard day
 * (distress of 8 or more, or either item ticked). Putting the offer away lasts until something
 * new is ticked; it never blocks the check-in.
 */
export function CheckInSafetyItems({
  entry,
  nightContacts,
  contactsHeading,
  onChange,
}: {
  entry: SafetyEntry | undefined;
  nightContacts: readonly NightContact[];
  contactsHeading?: string;
  onChange: (id: 'harmThoughts' | 'unsafeAtHome', checked: boolean) => void;
}) {
  const uid = useId();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const reasons = hardDayReasons(entry);
  const signature = entry && reasons ? `${entry.id}:${reasons.distress}:${reasons.harmThoughts}:${reasons.unsafeAtHome}` : null;
  return (
    <>
      <fieldset className="rating-group">
        <legend>{CHECK_IN_SAFETY_LEGEND}</legend>
        {CHECK_IN_SAFETY_ITEMS.map((item) => {
          const id = `${uid}-${item.id}`;
          return (
            <div className="checkbox" key={item.id}>
              <input
                id={id}
                type="checkbox"
                checked={entry?.[item.id] ?? false}
                onChange={(e) => onChange(item.id, e.target.checked)}
              />
              <label htmlFor={id}>{item.label}</label>
            </div>
          );
        })}
      </fieldset>
      <div aria-live="polite">
        {reasons && signature !== dismissed && (
          <HardDayOffer
            reasons={reasons}
            nightContacts={nightContacts}
            {...(contactsHeading ? { contactsHeading } : {})}
            onDismiss={() => setDismissed(signature)}
          />
        )}
      </div>
    </>
  );
}
