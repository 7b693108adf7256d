// Where someone works (municipality or region) is asked in several forms: always the same input.
import type { ComponentProps } from 'react';
import { TextInputField } from './text-input-field';

type Props = Omit<ComponentProps<typeof TextInputField>, 'autoComplete' | 'maxLength'>;

export function RegionField(props: Props) {
  return <TextInputField {...props} autoComplete="address-level2" maxLength={100} />;
}
