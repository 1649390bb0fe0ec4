import { CRISIS_TEXTS } from '../../../shared/guidance/crisisResources';
import type { NightContact } from '../../../shared/workbook/safety';

/** The people the writer marked as safe to call at night (typed in by them; nothing is dialled). */
export function NightContacts({
  contacts,
  headingLevel = 3,
  heading = CRISIS_TEXTS.nightPeople,
}: {
  contacts: readonly NightContact[];
  headingLevel?: 3 | 4;
  /** The disclosing workbook lists the people from Readiness and care under its own heading. */
  heading?: string;
}) {
  if (contacts.length === 0) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="night-contacts">
      <Heading>{heading}</Heading>
      <ul>
        {contacts.map((p) => (
          <li key={p.id}>
            {p.name}
            {p.contact && <span className="muted"> — {p.contact}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
