import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names';

interface Props extends ComponentPropsWithRef<'div'> {
  type: 'info' | 'ok' | 'warning' | 'error';
}

/** A message block (Utrecht Alert). The caller decides on `role` and focus: not every alert interrupts. */
export function Alert({ type, className, children, ...props }: Props) {
  return (
    <div {...props} className={classNames('utrecht-alert', `utrecht-alert--${type}`, className)}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
