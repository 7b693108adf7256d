import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Every screen names itself in the browser tab and history, as WCAG 2.4.2 asks. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  const site = t('app.name');
  useEffect(() => {
    document.title = `${title} - ${site}`;
  }, [title, site]);
}
