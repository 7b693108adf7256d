import { Link, type LinkProps } from 'react-router';
import { classNames } from './class-names';

/** An in-app link with the Utrecht link look, navigating without a page load. */
export function RouterLink({ className, ...props }: LinkProps) {
  return <Link {...props} className={classNames('utrecht-link', 'utrecht-link--html-a', className)} />;
}
