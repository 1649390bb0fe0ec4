import { CRISIS_NOTE, CRISIS_RESOURCES_US } from '../../../shared/guidance/crisisResources';

/** The US crisis lines, written out as text. Nothing is dialled, linked or opened. */
export function CrisisList({ headingLevel = 3 }: { headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="crisis-list">
      <ul className="plain-list">
        {CRISIS_RESOURCES_US.map((r) => (
          <li key={r.id} className="crisis-item">
            <Heading className="crisis-name">{r.name}</Heading>
            <p className="crisis-how">{r.how}</p>
            <p className="muted">{r.description}</p>
          </li>
        ))}
      </ul>
      <p className="hint">{CRISIS_NOTE}</p>
    </div>
  );
}
