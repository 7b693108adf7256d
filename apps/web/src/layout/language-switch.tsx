import { useI18n } from '../i18n/i18n-context';
import { LinkButton } from '../ui/link-button';

/** Offers the other language, named in that language ("English" / "Nederlands"). */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'nl' ? 'en' : 'nl';
  return (
    <LinkButton lang={other} className="sr-language-switch" onClick={() => void setLanguage(other)}>
      {t('language.other')}
    </LinkButton>
  );
}
