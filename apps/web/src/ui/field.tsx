// One form field the NL Design System way: label, help, warning, error message, then the control,
// each tied to the control through aria-describedby so a screen reader reads them with it.
import { FormField } from '@utrecht/form-field-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  invalid: boolean;
}

interface Props {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  /** Shown while typing (e.g. personal data found); announced politely, never blocks sending. */
  warning?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}

export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function Field({ id, label, help, warning, error, children }: Props) {
  const helpId = `${id}-help`;
  const warningId = `${id}-warning`;
  const errorId = `${id}-error`;
  const control: ControlProps = {
    id,
    'aria-describedby': describedBy(help !== undefined && helpId, !!warning && warningId, !!error && errorId),
    invalid: !!error,
  };
  return (
    <FormField invalid={!!error}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {help !== undefined && (
        <FormFieldDescription id={helpId} className="utrecht-form-field__description">
          {help}
        </FormFieldDescription>
      )}
      {/* Always present, so assistive technology notices when a warning appears in it. */}
      <div id={warningId} aria-live="polite">
        {warning && (
          <FormFieldDescription warning className="utrecht-form-field__description sr-warning">
            {warning}
          </FormFieldDescription>
        )}
      </div>
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children(control)}</div>
    </FormField>
  );
}
