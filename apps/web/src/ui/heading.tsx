// Utrecht headings. The React package of the component library bundles every component in one file
// that does not tree-shake, so the few elements without a package of their own are drawn here with
// the library's CSS classes.
import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names';

interface Props extends ComponentPropsWithRef<'h1'> {
  level: 1 | 2 | 3;
}

export function Heading({ level, className, ...props }: Props) {
  const Tag = `h${level}` as const;
  return <Tag {...props} className={classNames(`utrecht-heading-${level}`, className)} />;
}
