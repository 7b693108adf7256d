// The error summary every form shows above itself: the same title everywhere, nothing while all is well.
import { useI18n } from '../i18n/i18n-context';
import { ErrorSummary, type SummaryItem } from './error-summary';

export function FormErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useI18n();
  return items.length > 0 ? <ErrorSummary title={t('common.errorSummary')} items={items} /> : null;
}
