import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names';

interface Props extends ComponentPropsWithRef<'p'> {
  lead?: boolean;
}

export function Paragraph({ lead, className, ...props }: Props) {
  return (
    <p {...props} className={classNames('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)} />
  );
}
