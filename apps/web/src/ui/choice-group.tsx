// A group of checkboxes or radio buttons under one question (a fieldset with a legend), with the
// group's help and error message.
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import type { ReactNode } from 'react';
import { describedBy } from './field';

interface Props {
  id: string;
  legend: ReactNode;
  help?: ReactNode;
  error?: string;
  role?: 'radiogroup';
  children: ReactNode;
}

export function groupHelpId(id: string): string {
  return `${id}-help`;
}

export function ChoiceGroup({ id, legend, help, error, role, children }: Props) {
  const helpId = groupHelpId(id);
  const errorId = `${id}-error`;
  return (
    <Fieldset
      id={id}
      role={role}
      invalid={!!error}
      aria-describedby={describedBy(help !== undefined && helpId, !!error && errorId)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {help !== undefined && (
        <FormFieldDescription id={helpId} className="utrecht-form-field__description">
          {help}
        </FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}
