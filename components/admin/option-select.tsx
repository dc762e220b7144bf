import type { ComponentProps } from 'react';

export type SelectOption = { value: string; label: string };

/** A select over a list that may be empty: then a single blank option says what is missing. */
export function OptionSelect({
  options,
  emptyLabel,
  ...select
}: { options: SelectOption[]; emptyLabel: string } & Omit<ComponentProps<'select'>, 'children'>) {
  return (
    <select {...select}>
      {options.length === 0 ? <option value="">{emptyLabel}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
