// The name of the organisation someone works for is asked in several forms: always the same input.
import type { ComponentProps } from 'react';
import { TextInputField } from './text-input-field';

type Props = Omit<ComponentProps<typeof TextInputField>, 'autoComplete' | 'maxLength'>;

export function OrganisationField(props: Props) {
  return <TextInputField {...props} autoComplete="organization" maxLength={200} />;
}
