import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useSession, type SignedInUser } from '../session/session-context';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

type Role = SignedInUser['role'];

interface Props {
  roles: readonly Role[];
  children: (user: SignedInUser) => ReactNode;
}

/** Shows its content to signed-in staff with one of `roles`; others get a way to sign in, or a plain no. */
export function StaffOnly({ roles, children }: Props) {
  const { t } = useI18n();
  const { session } = useSession();
  const { pathname } = useLocation();
  if (session.status === 'loading') return <Paragraph role="status">{t('layout.loading')}</Paragraph>;
  if (session.status === 'anonymous') {
    return (
      <Paragraph>
        <RouterLink to={`/inloggen?next=${encodeURIComponent(pathname)}`}>
          {t('staff.signInFirst')}
        </RouterLink>
      </Paragraph>
    );
  }
  if (!roles.includes(session.user.role)) return <Paragraph>{t('staff.noAccess')}</Paragraph>;
  return <>{children(session.user)}</>;
}
