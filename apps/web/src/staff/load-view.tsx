import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Alert } from '../ui/alert';
import { Paragraph } from '../ui/paragraph';
import type { LoadState } from './load-state';

/** The loading text, the error, or the content once loaded. */
export function LoadView<T>({ state, children }: { state: LoadState<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <Paragraph role="status">{t('layout.loading')}</Paragraph>;
  if (state.status === 'failed') {
    return (
      <Alert type="error" role="alert">
        {state.message}
      </Alert>
    );
  }
  return <>{children(state.data)}</>;
}
