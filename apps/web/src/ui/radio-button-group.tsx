// One choice out of a few, as radio buttons under one question: one option per value, each with its
// label (and help), so every form lays such a choice out alike.
import type { ReactNode } from 'react';
import { ChoiceField } from './choice-field';
import { ChoiceGroup } from './choice-group';

interface Props<V extends string> {
  /** The group's id; each option's id is this id and the value (`${id}-${value}`). */
  id: string;
  name: string;
  legend: ReactNode;
  error?: string;
  options: readonly V[];
  value: V | '';
  label: (option: V) => ReactNode;
  help?: (option: V) => ReactNode;
  onChange: (value: V) => void;
}

export function RadioButtonGroup<V extends string>({
  id,
  name,
  legend,
  error,
  options,
  value,
  label,
  help,
  onChange,
}: Props<V>) {
  return (
    <ChoiceGroup id={id} legend={legend} error={error} role="radiogroup">
      {options.map((option) => (
        <ChoiceField
          key={option}
          id={`${id}-${option}`}
          type="radio"
          name={name}
          value={option}
          label={label(option)}
          help={help?.(option)}
          checked={value === option}
          onChange={() => onChange(option)}
        />
      ))}
    </ChoiceGroup>
  );
}
