import { useI18n } from '../i18n/i18n-context';

export const MAIN_ID = 'inhoud';

/** The first stop for keyboard users: straight past the header to the content (WCAG 2.4.1). */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href={`#${MAIN_ID}`}>
      {t('layout.skipLink')}
    </a>
  );
}
