// Every optional field says so the same way: its label followed by "(niet verplicht)".
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

export function OptionalLabel({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      {children} <span className="sr-optional">{t('common.optional')}</span>
    </>
  );
}
