import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { useSession } from '../session/session-context';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

/** Shows its content to a signed-in member; others get a way to sign in instead. */
export function MemberOnly({
  children,
  signInFirst = 'mySignals.signInFirst',
}: {
  children: ReactNode;
  /** What the sign-in link says, e.g. what signing in shows. */
  signInFirst?: MessageKey;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const { pathname } = useLocation();
  if (session.status === 'loading') return <Paragraph role="status">{t('layout.loading')}</Paragraph>;
  if (session.status === 'anonymous') {
    return (
      <Paragraph>
        <RouterLink to={`/inloggen?next=${encodeURIComponent(pathname)}`}>{t(signInFirst)}</RouterLink>
      </Paragraph>
    );
  }
  if (session.user.role !== 'member') return <Paragraph>{t('mySignals.membersOnly')}</Paragraph>;
  return <>{children}</>;
}
