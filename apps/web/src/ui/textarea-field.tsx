// A labelled text area with its help, warning and error message: TextInputField's many-line sibling, so
// no form wires a Field to its text area by hand.
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field';
import { Textarea } from './textarea';

interface Props extends Omit<ComponentPropsWithRef<typeof Textarea>, 'id' | 'invalid'> {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  warning?: ReactNode;
  error?: string;
}

export function TextareaField({ id, label, help, warning, error, ...textarea }: Props) {
  return (
    <Field id={id} label={label} help={help} warning={warning} error={error}>
      {(control) => <Textarea {...textarea} {...control} />}
    </Field>
  );
}
