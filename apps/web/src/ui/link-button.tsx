import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names';

/** A button that looks like a link (Utrecht Link Button): for actions that are not the page's main one. */
export function LinkButton({ className, type = 'button', ...props }: ComponentPropsWithRef<'button'>) {
  return (
    <button
      {...props}
      type={type}
      className={classNames('utrecht-link-button', 'utrecht-link-button--html-button', className)}
    />
  );
}
