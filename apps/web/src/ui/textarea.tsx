import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names';

interface Props extends ComponentPropsWithRef<'textarea'> {
  invalid?: boolean;
}

/** Like the Utrecht Textbox, `required` is announced, not enforced: the browser's own check would
 * mark an untouched field invalid and speak its own language; the API's messages say what is wrong. */
export function Textarea({ invalid, required, className, ...props }: Props) {
  return (
    <textarea
      {...props}
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      className={classNames(
        'utrecht-textarea',
        'utrecht-textarea--html-textarea',
        invalid && 'utrecht-textarea--invalid',
        required && 'utrecht-textarea--required',
        className,
      )}
    />
  );
}
