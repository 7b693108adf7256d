import { Textbox } from '@utrecht/textbox-react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Field } from './field';

interface Props extends Omit<ComponentPropsWithoutRef<'input'>, 'id'> {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
}

/** A labelled one-line text input with its help and error message. */
export function TextInputField({ id, label, help, error, ...input }: Props) {
  return (
    <Field id={id} label={label} help={help} error={error}>
      {(control) => <Textbox {...input} {...control} />}
    </Field>
  );
}
