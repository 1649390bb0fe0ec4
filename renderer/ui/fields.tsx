/**
 * The form kit both workbooks use: every field has a visible label, an optional hint read out
 * with it, follows the direction of the text typed into it (dir="auto"), and takes its length
 * limit from the content schema unless told otherwise.
 */
import { useId, useState, type ReactNode } from 'react';
import { FIELD_LIMIT_TEXTS } from '../../shared/guidance/everydayTexts';
import { MAX_LONG, MAX_SHORT } from '../../shared/workbook/limits';

function Hint({ id, error, children }: { id: string; error?: boolean; children: ReactNode }) {
  if (typeof children !== 'string') {
    return (
      <div id={id} className="hint">
        {children}
      </div>
    );
  }
  return (
    <p id={id} className={error ? 'hint error' : 'hint'} role={error ? 'alert' : undefined}>
      {children}
    </p>
  );
}

/**
 * A labelled text input, or a text area with `multiline`. The limit is the schema's: short
 * text for one line, long text for a text area; a full field says so calmly.
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  multiline = false,
  rows = 3,
  placeholder,
  maxLength,
  id,
  testId,
  className = 'field',
  autoFocus = false,
  children,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  /** A fixed id, when something else moves focus to this field. */
  id?: string;
  testId?: string;
  className?: string;
  /** The first field of a screen, where typing starts. */
  autoFocus?: boolean;
  children?: ReactNode;
}) {
  const ownId = useId();
  const hintId = useId();
  const limit = maxLength ?? (multiline ? MAX_LONG : MAX_SHORT);
  const common = {
    id: id ?? ownId,
    value,
    dir: 'auto',
    maxLength: limit,
    placeholder,
    autoFocus,
    'aria-describedby': hint ? hintId : undefined,
    'data-testid': testId,
  };
  return (
    <div className={className}>
      <label htmlFor={common.id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {value.length >= limit && (
        <p className="hint dz-soft" role="status" data-testid="field-full">
          {FIELD_LIMIT_TEXTS.full(limit)}
        </p>
      )}
      {children}
    </div>
  );
}

/**
 * A labelled drop-down list over a fixed set of values, with an optional hint and error read out
 * with it. `labelHidden` keeps the label for screen readers only (a visible question already says
 * it); `describedBy` names a hint shown elsewhere; `children` follow the field (a status line).
 */
export function SelectField<V extends string>({
  label,
  value,
  options,
  hint,
  error,
  id,
  className = 'field',
  labelHidden = false,
  describedBy,
  children,
  onChange,
}: {
  label: ReactNode;
  value: V;
  options: readonly { value: V; label: string }[];
  hint?: ReactNode;
  /** Said when the choice cannot be used; the field is marked invalid. */
  error?: string;
  id?: string;
  className?: string;
  labelHidden?: boolean;
  describedBy?: string;
  children?: ReactNode;
  onChange: (value: V) => void;
}) {
  const ownId = useId();
  const hintId = useId();
  const errorId = useId();
  const described = [hint ? hintId : '', error ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id ?? ownId} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id ?? ownId}
        value={value}
        dir="auto"
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        // The options are exactly the values of V, so the chosen value is one of them.
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <Hint id={hintId}>{hint}</Hint>}
      {error && (
        <Hint id={errorId} error>
          {error}
        </Hint>
      )}
      {children}
    </div>
  );
}

/** The options of a SelectField from a list of ids and their labels. */
export function labelledOptions<K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** A checkbox with its label, and a hint below it (a sentence, or a few paragraphs) read out with it. */
export function CheckboxField({
  label,
  checked,
  hint,
  id,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  hint?: ReactNode;
  id?: string;
  onChange: (checked: boolean) => void;
}) {
  const ownId = useId();
  const hintId = useId();
  const input = (
    <input
      id={id ?? ownId}
      type="checkbox"
      checked={checked}
      aria-describedby={hint ? hintId : undefined}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
  if (!hint) {
    return (
      <div className="checkbox">
        {input}
        <label htmlFor={id ?? ownId}>{label}</label>
      </div>
    );
  }
  return (
    <div className="checkbox">
      {input}
      <div>
        <label htmlFor={id ?? ownId}>{label}</label>
        <Hint id={hintId}>{hint}</Hint>
      </div>
    </div>
  );
}

/** One choice out of a few, each with an optional description. */
export function RadioGroup<T extends string>({
  legend,
  value,
  options,
  onChange,
  name,
  inline = true,
}: {
  legend: string;
  value: T | null;
  options: readonly { id: T; label: string; description?: string }[];
  onChange: (v: T) => void;
  name: string;
  inline?: boolean;
}) {
  const base = useId();
  return (
    <fieldset className={inline ? 'dz-radios inline' : 'dz-radios'}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.id} className="dz-radio">
          <input
            type="radio"
            id={`${base}-${o.id}`}
            name={`${name}-${base}`}
            checked={value === o.id}
            onChange={() => onChange(o.id)}
          />
          <label htmlFor={`${base}-${o.id}`}>
            {o.label}
            {o.description && <span className="dz-radio-desc">{o.description}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A number typed as text (so "1,200" and half-typed values are possible): the parser says what
 * it means; until it means something, the value stays as it was and a calm message says why.
 */
export function NumberField({
  label,
  value,
  onChange,
  parse,
  hint,
  invalid,
  inputMode = 'numeric',
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  parse: (text: string) => number | null;
  hint: string;
  /** Said when the text does not parse. */
  invalid: string;
  inputMode?: 'numeric' | 'decimal';
}) {
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState('');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        dir="auto"
        inputMode={inputMode}
        autoComplete="off"
        value={text}
        aria-describedby={hintId}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const typed = e.target.value;
          setText(typed);
          const n = parse(typed);
          if (typed.trim() === '') {
            setError('');
            onChange(null);
          } else if (n === null) setError(invalid);
          else {
            setError('');
            onChange(n);
          }
        }}
      />
      <Hint id={hintId} error={error !== ''}>
        {error || hint}
      </Hint>
    </div>
  );
}

/** What went wrong, read out at once (role="alert"); nothing at all while there is no message. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
