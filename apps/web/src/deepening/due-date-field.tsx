// An expert's due date, wherever it is set or moved: a calendar day, today or later.
import type { ComponentProps } from 'react';
import { TextInputField } from '../ui/text-input-field';
import { dayInput } from './dates';

type Props = Omit<ComponentProps<typeof TextInputField>, 'type' | 'min'>;

export function DueDateField(props: Props) {
  return <TextInputField {...props} type="date" min={dayInput()} />;
}
