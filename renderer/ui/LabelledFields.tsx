import { useId, type ReactNode } from 'react';

/** A labelled drop-down list with an optional hint read out with it. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  hint,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  hint?: ReactNode;
  onChange: (value: V) => void;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        // The options are exactly the values of V, so the chosen value is one of them.
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label and a hint below it (a sentence, or a few paragraphs), read out with it. */
export function CheckboxField({
  label,
  checked,
  hint,
  onChange,
}: {
  label: string;
  checked: boolean;
  hint: ReactNode;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} />
      <div>
        <label htmlFor={id}>{label}</label>
        {typeof hint === 'string' ? (
          <p id={hintId} className="hint">
            {hint}
          </p>
        ) : (
          <div id={hintId} className="hint">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}
