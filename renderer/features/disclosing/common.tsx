import { useId, type ReactNode } from 'react';
import { FIELD_LIMIT_TEXTS } from '../../../shared/guidance/everydayTexts';
import { DISCLOSING_SECTION_TEXTS, type DisclosingSectionId } from '../../../shared/guidance/sectionTexts';
import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import './disclosing.css';

export type DisclosingProps = SectionProps<DisclosingWorkbook>;

/** In an immer draft: changes the item with this id, if it is still there. */
export function editById<T extends { id: string }>(list: T[], id: string, recipe: (item: T) => void): void {
  const item = list.find((x) => x.id === id);
  if (item) recipe(item);
}

export function sectionText(id: DisclosingSectionId) {
  return DISCLOSING_SECTION_TEXTS[id];
}

/** Title, intro paragraphs and a short list of reminders, the same on every page. */
export function SectionIntro({ id, children }: { id: DisclosingSectionId; children?: ReactNode }) {
  const text = sectionText(id);
  const [first, ...rest] = text.intro;
  return (
    <header className="dz-intro">
      <h2 id="section-title" tabIndex={-1}>
        {text.title}
      </h2>
      {first && <p className="lead">{first}</p>}
      {rest.map((p) => (
        <p key={p.slice(0, 40)} className="dz-para">
          {p}
        </p>
      ))}
      {text.help.length > 0 && (
        <aside className="dz-help" aria-label="Reminders">
          <h3>Reminders</h3>
          <ul>
            {text.help.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </aside>
      )}
      {children}
    </header>
  );
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  multiline = false,
  rows = 3,
  placeholder,
  maxLength = 2000,
  testId,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  testId?: string;
  children?: ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  const common = {
    id,
    value,
    maxLength,
    placeholder,
    'aria-describedby': hint ? hintId : undefined,
    'data-testid': testId,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {value.length >= maxLength && (
        <p className="hint dz-soft" role="status" data-testid="field-full">
          {FIELD_LIMIT_TEXTS.full(maxLength)}
        </p>
      )}
      {children}
    </div>
  );
}

export function Checkbox({ label, checked, onChange }: { label: ReactNode; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

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

export const DATE_HINT = 'An estimate is fine: "2019", "spring 2019", "03/2019" or "2019-03-14".';

export function newId(): string {
  return crypto.randomUUID();
}
