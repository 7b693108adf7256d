import { NavLink, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { LinkButton } from '../ui/link-button';
import { RouterLink } from '../ui/router-link';
import { menuItemsFor } from './staff-menu-items';

export function SiteNavigation() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const navigate = useNavigate();

  const leave = async () => {
    await signOut();
    await navigate('/');
  };

  return (
    <nav aria-label={t('layout.mainNav')} className="sr-nav">
      <ul className="sr-nav__list">
        <li>
          <RouterLink to="/">{t('layout.report')}</RouterLink>
        </li>
        {/* The public calls; staff reach their own calls page through their menu. */}
        {(session.status !== 'signed-in' || session.user.role === 'member') && (
          <li>
            <NavLink to="/oproepen" end className="utrecht-link utrecht-link--html-a">
              {t('publicCalls.menu')}
            </NavLink>
          </li>
        )}
        {/* What the network shared, for everyone. */}
        <li>
          <NavLink to="/inzichten" className="utrecht-link utrecht-link--html-a">
            {t('insights.menu')}
          </NavLink>
        </li>
        {session.status === 'signed-in' ? (
          <>
            {menuItemsFor(session.user.role).map((item) => (
              <li key={item.to}>
                {/* NavLink marks the current screen with aria-current="page". */}
                <NavLink to={item.to} className="utrecht-link utrecht-link--html-a">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
            <li>
              <LinkButton onClick={() => void leave()}>{t('layout.signOut')}</LinkButton>
            </li>
          </>
        ) : (
          <li>
            <RouterLink to="/inloggen">{t('layout.signIn')}</RouterLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
