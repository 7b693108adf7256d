import { Textbox } from '@utrecht/textbox-react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Field } from './field';

interface Props extends Omit<ComponentPropsWithoutRef<'input'>, 'id'> {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  warning?: ReactNode;
  error?: string;
}

/** A labelled one-line text input with its help, warning and error message. */
export function TextInputField({ id, label, help, warning, error, ...input }: Props) {
  return (
    <Field id={id} label={label} help={help} warning={warning} error={error}>
      {(control) => <Textbox {...input} {...control} />}
    </Field>
  );
}
