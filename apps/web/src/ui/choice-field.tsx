// A checkbox or radio button with its label to the right, and its help and error tied to it.
import { Checkbox } from '@utrecht/checkbox-react';
import { FormField } from '@utrecht/form-field-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import { RadioButton } from '@utrecht/radio-button-react';
import type { ChangeEvent, ReactNode } from 'react';
import { describedBy } from './field';

interface Props {
  id: string;
  type: 'checkbox' | 'radio';
  label: ReactNode;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  name?: string;
  value?: string;
  help?: ReactNode;
  error?: string;
  /** Ids of texts outside this field that also describe it, e.g. the group's help. */
  describedByIds?: string;
}

export function ChoiceField({ id, type, label, help, error, describedByIds, ...input }: Props) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const control = {
    id,
    'aria-describedby': describedBy(describedByIds, help !== undefined && helpId, !!error && errorId),
    invalid: !!error,
    ...input,
  };
  return (
    <FormField type={type} invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type={type} checked={input.checked}>
          {label}
        </FormLabel>
      </div>
      {help !== undefined && (
        <FormFieldDescription id={helpId} className="utrecht-form-field__description">
          {help}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        {type === 'checkbox' ? (
          <Checkbox {...control} appearance="custom" />
        ) : (
          <RadioButton {...control} type="radio" />
        )}
      </div>
    </FormField>
  );
}
