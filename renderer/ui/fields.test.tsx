// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_LONG, MAX_SHORT } from '../../shared/workbook/schema';
import { byLabel, click, mount, typeInto, type Mounted } from '../testSupport';
import { CheckboxField, ErrorAlert, labelledOptions, NumberField, SelectField, TextField } from './fields';
import { SectionIntro } from './SectionIntro';

let mounted: Mounted | null = null;
const show = (node: Parameters<typeof mount>[0]) => (mounted = mount(node));
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('TextField', () => {
  it('is a labelled input that follows the text direction, with the schema\u2019s short limit', () => {
    const onChange = vi.fn();
    const { container } = show(<TextField label="Name" value="" onChange={onChange} hint="Initials are enough." />);
    const input = byLabel(container, 'Name');
    expect(input.tagName).toBe('INPUT');
    expect(input.dir).toBe('auto');
    expect(input.maxLength).toBe(MAX_SHORT);
    expect(container.querySelector(`#${CSS.escape(input.getAttribute('aria-describedby') ?? '')}`)?.textContent).toBe(
      'Initials are enough.',
    );
    typeInto(input, 'שלום J.');
    expect(onChange).toHaveBeenCalledWith('שלום J.');
  });

  it('is a text area with the schema\u2019s long limit when multiline, and keeps a given id', () => {
    const { container } = show(<TextField label="Notes" value="x" onChange={() => undefined} multiline id="notes-1" />);
    const area = byLabel<HTMLTextAreaElement>(container, 'Notes');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.id).toBe('notes-1');
    expect(area.maxLength).toBe(MAX_LONG);
    expect(area.dir).toBe('auto');
    expect(area.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('SelectField and CheckboxField', () => {
  it('select: offers the labelled values and reports the chosen one', () => {
    const onChange = vi.fn();
    const options = labelledOptions(['a', 'b'] as const, { a: 'First', b: 'Second' });
    const { container } = show(<SelectField label="Pick" value="a" options={options} onChange={onChange} />);
    const select = byLabel<HTMLSelectElement>(container, 'Pick');
    expect([...select.options].map((o) => o.textContent)).toEqual(['First', 'Second']);
    typeInto(select, 'b');
    expect(onChange).toHaveBeenCalledWith('b');
  });

  it('select: follows the text direction; hint, error and a hint shown elsewhere are read out with it', () => {
    const options = labelledOptions(['a', 'b'] as const, { a: 'First', b: 'Second' });
    const { container } = show(
      <>
        <p id="elsewhere">Asked once.</p>
        <SelectField
          label="Country"
          labelHidden
          value="b"
          options={options}
          hint="You can change it later."
          error="That one has no lines yet."
          describedBy="elsewhere"
          onChange={() => undefined}
        >
          <p data-testid="after">After the field</p>
        </SelectField>
      </>,
    );
    const select = byLabel<HTMLSelectElement>(container, 'Country');
    expect(select.dir).toBe('auto');
    expect(select.value).toBe('b');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('label')?.className).toBe('visually-hidden');
    const said = (select.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => container.querySelector(`#${CSS.escape(id)}`)?.textContent);
    expect(said).toEqual(['You can change it later.', 'That one has no lines yet.', 'Asked once.']);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('That one has no lines yet.');
    expect(container.querySelector('[data-testid="after"]')?.closest('.field')).not.toBeNull();
  });

  it('checkbox: toggles, with its hint read out with it', () => {
    const onChange = vi.fn();
    const { container } = show(
      <CheckboxField label="Safe at night" checked={false} hint="Only you see this." onChange={onChange} />,
    );
    const box = byLabel(container, 'Safe at night');
    expect(container.querySelector(`#${CSS.escape(box.getAttribute('aria-describedby') ?? '')}`)?.textContent).toBe(
      'Only you see this.',
    );
    click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('NumberField', () => {
  const parse = (t: string) => (/^\d+$/.test(t.trim()) ? Number(t) : null);

  it('reports numbers, clears on empty, and says calmly when the text is not a number, keeping the value', () => {
    const onChange = vi.fn();
    const { container } = show(
      <NumberField
        label="How many"
        value={null}
        parse={parse}
        hint="An estimate is fine."
        invalid="Please type a whole number."
        onChange={onChange}
      />,
    );
    const input = byLabel(container, 'How many');
    typeInto(input, '12');
    expect(onChange).toHaveBeenLastCalledWith(12);
    typeInto(input, '12x');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Please type a whole number.');
    expect(input.value).toBe('12x');
    typeInto(input, '');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('An estimate is fine.');
  });
});

describe('SectionIntro', () => {
  it('shows the catalog\u2019s title and texts for the role, and the action beside the title', () => {
    const { container } = show(<SectionIntro role="partner" id="boundaries" action={<button type="button">Pause</button>} />);
    expect(container.querySelector('h2#section-title')?.textContent).toBe('Boundaries');
    expect(container.querySelector('.partner-title-row button')?.textContent).toBe('Pause');
    expect(container.querySelector('[aria-label="Gentle tips"]')).not.toBeNull();
    mounted?.rerender(<SectionIntro role="disclosing" id="inventory" />);
    expect(container.querySelector('h2#section-title')?.textContent).toBe('Inventory');
    expect(container.querySelector('aside[aria-label="Reminders"] h3')?.textContent).toBe('Reminders');
  });
});

describe('ErrorAlert', () => {
  it('reads a message out at once, and shows nothing while there is none', () => {
    const view = show(<ErrorAlert message="" />);
    const { container } = view;
    expect(container.innerHTML).toBe('');
    view.rerender(<ErrorAlert message="The release code does not match this file." />);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('The release code does not match this file.');
    expect(alert?.className).toBe('error');
    view.rerender(<ErrorAlert message={null} />);
    expect(container.innerHTML).toBe('');
  });
});
