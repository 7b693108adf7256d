import type { PersonalDataKind } from '@app/persistence';
import { formatList } from '../i18n/intl-format';
import { useI18n } from '../i18n/i18n-context';

/** "Let op: je tekst lijkt … te bevatten (een telefoonnummer en een adres)." */
export function PersonalDataWarning({ kinds }: { kinds: readonly PersonalDataKind[] }) {
  const { t, language } = useI18n();
  const named = formatList(
    kinds.map((kind) => t(`personalData.kinds.${kind}`)),
    language,
  );
  return <>{t('personalData.warning', { kinds: named })}</>;
}
