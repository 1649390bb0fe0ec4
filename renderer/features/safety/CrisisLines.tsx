import { useId, useState } from 'react';
import {
  CRISIS_COUNTRIES,
  CRISIS_NOTE,
  CRISIS_TEXTS,
  crisisCountry,
  orderedResources,
  type CrisisCountryId,
} from '../../../shared/guidance/crisisResources';
import { useCrisisCountry } from './crisisCountry';
import { SelectField } from '../../ui/fields';
import './safety.css';

/**
 * The emergency number first and plainly, then the crisis lines for the chosen country. Before a
 * country has been chosen, the suggestion from the computer's settings is shown at once (nothing
 * waits on the question), with a small question to confirm or change it. Nothing is dialled.
 */
export function CrisisLines({ headingLevel = 3, unsafeAtHome = false }: { headingLevel?: 3 | 4; unsafeAtHome?: boolean }) {
  const { chosen, shown, choose, role } = useCrisisCountry();
  const [pending, setPending] = useState<CrisisCountryId>(shown);
  const country = crisisCountry(chosen ?? pending);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  return (
    <div className="crisis-lines" data-testid="crisis-lines" data-country={country.id}>
      <p className="crisis-emergency" data-testid="crisis-emergency">
        {country.emergency}
      </p>
      {chosen === null && (
        <CountryQuestion suggested={shown} value={pending} onChange={setPending} onConfirm={() => choose(pending)} />
      )}
      <Heading className="crisis-lines-title">{country.linesTitle}</Heading>
      <ul className="plain-list">
        {orderedResources(country, unsafeAtHome).map((r) => (
          <li key={r.id} className="crisis-item">
            <Sub className="crisis-name">{r.name}</Sub>
            <p className="crisis-how">{r.how}</p>
            <p className="muted">{r.description}</p>
          </li>
        ))}
      </ul>
      {country.more && <p className="hint">{country.more}</p>}
      <p className="hint">{CRISIS_NOTE[role]}</p>
    </div>
  );
}

const COUNTRY_OPTIONS = CRISIS_COUNTRIES.map((c) => ({ value: c.id, label: c.name }));

/** Asked once: the suggestion is preselected; the choice is kept as a setting. */
function CountryQuestion({
  suggested,
  value,
  onChange,
  onConfirm,
}: {
  suggested: CrisisCountryId;
  value: CrisisCountryId;
  onChange: (id: CrisisCountryId) => void;
  onConfirm: () => void;
}) {
  const id = useId();
  const options = COUNTRY_OPTIONS.map((o) =>
    o.value === suggested ? { ...o, label: `${o.label} (${CRISIS_TEXTS.countrySuggested.toLowerCase()})` } : o,
  );
  return (
    <div className="crisis-country-question" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} className="crisis-country-q">
        {CRISIS_TEXTS.countryQuestion}
      </p>
      <div className="crisis-country-row">
        <SelectField
          label={CRISIS_TEXTS.countryLabel}
          labelHidden
          className="crisis-country-field"
          id={id}
          value={value}
          options={options}
          describedBy={`${id}-hint`}
          onChange={onChange}
        />
        <button type="button" onClick={onConfirm}>
          {CRISIS_TEXTS.countryConfirm}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {CRISIS_TEXTS.countryHint}
      </p>
    </div>
  );
}

/** One short line for small spaces (a language note): the emergency number and the first crisis line. */
export function CrisisFirstLine() {
  const { shown } = useCrisisCountry();
  const country = crisisCountry(shown);
  const first = country.resources.find((r) => r.kind === 'crisis') ?? country.resources[0];
  return (
    <ul>
      <li>{country.emergency}</li>
      {first && (
        <li>
          {first.name}: {first.how}
        </li>
      )}
    </ul>
  );
}
