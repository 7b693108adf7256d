import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names';

interface Props extends ComponentPropsWithRef<'select'> {
  invalid?: boolean;
}

export function Select({ invalid, className, ...props }: Props) {
  return (
    <select
      {...props}
      aria-invalid={invalid || undefined}
      className={classNames(
        'utrecht-select',
        'utrecht-select--html-select',
        invalid && 'utrecht-select--invalid',
        className,
      )}
    />
  );
}
