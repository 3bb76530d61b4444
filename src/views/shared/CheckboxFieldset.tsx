import { Checkbox, Fieldset } from '@digdir/designsystemet-react';

/** One choice in a checkbox fieldset. */
export interface CheckboxOption {
  value: string;
  label: string;
}

/** A fieldset of small checkboxes in a row: one per option, ticked when its value is selected. */
export function CheckboxFieldset({
  legend,
  options,
  selected,
  onToggle,
}: {
  /** The fieldset's legend. */
  legend: string;
  /** The choices, in the order shown. */
  options: readonly CheckboxOption[];
  /** The values ticked now. */
  selected: readonly string[];
  /** Called with an option's value when the user ticks or unticks it. */
  onToggle: (value: string) => void;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className="check-row">
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            checked={selected.includes(o.value)}
            onChange={() => onToggle(o.value)}
            data-size="sm"
          />
        ))}
      </div>
    </Fieldset>
  );
}
