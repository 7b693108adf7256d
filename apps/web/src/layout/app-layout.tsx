// The frame of every screen: skip link, header with the menu and the language switch, the content,
// and a footer. Staff screens will use the same frame with their own menu items.
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { LanguageSwitch } from './language-switch';
import { SiteNavigation } from './site-navigation';
import { MAIN_ID, SkipLink } from './skip-link';

export function AppLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    // After navigating within the app, start reading at the new content, as after a page load.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="sr-app">
      <SkipLink />
      <header className="utrecht-page-header sr-header">
        <div className="utrecht-page-header__content sr-header__content">
          <RouterLink to="/" className="sr-brand">
            <span className="sr-brand__name">{t('app.name')}</span>
            <span className="sr-brand__tagline">{t('app.tagline')}</span>
          </RouterLink>
          <div className="sr-header__actions">
            <SiteNavigation />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="utrecht-page-content sr-main">
        <Suspense fallback={<Paragraph role="status">{t('layout.loading')}</Paragraph>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="utrecht-page-footer sr-footer">
        <div className="utrecht-page-footer__content">
          <Paragraph>{t('layout.footer')}</Paragraph>
        </div>
      </footer>
    </div>
  );
}
