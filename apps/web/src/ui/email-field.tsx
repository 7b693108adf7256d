// An e-mail address to be reached at, asked in more than one form: always the same required input.
import type { ComponentProps } from 'react';
import { TextInputField } from './text-input-field';

type Props = Omit<ComponentProps<typeof TextInputField>, 'type' | 'autoComplete' | 'required' | 'maxLength'>;

export function EmailField(props: Props) {
  return <TextInputField {...props} type="email" autoComplete="email" required maxLength={254} />;
}
