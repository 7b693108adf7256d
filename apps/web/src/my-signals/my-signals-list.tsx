import { Button } from '@utrecht/button-react';
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { usePagedList } from '../api/use-paged-list';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

/** The member's own signals, newest first, a page at a time. */
export function MySignalsList() {
  const { t, language } = useI18n();
  const api = useApi();
  // The list is asked again on a language switch (usePagedList follows the language): statuses come in it.
  const fetchPage = useCallback(
    (cursor?: string) => api.GET('/api/me/signals', { params: { query: { cursor } } }),
    [api],
  );
  const { page, failed, loadingMore, loadMore } = usePagedList(fetchPage);

  if (failed) {
    return (
      <Alert type="error" role="alert">
        {failed}
      </Alert>
    );
  }
  if (!page) return <Paragraph role="status">{t('layout.loading')}</Paragraph>;
  if (page.items.length === 0) {
    return (
      <>
        <Paragraph>{t('mySignals.empty')}</Paragraph>
        <Paragraph>
          <RouterLink to="/">{t('mySignals.newSignal')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <ul className="sr-card-list">
        {page.items.map((signal) => (
          <li key={signal.id} className="sr-card">
            <Heading level={2} className="sr-card__title">
              <RouterLink to={`/mijn-meldingen/${signal.id}`}>{signal.title}</RouterLink>
            </Heading>
            <Paragraph>
              {t(`mySignals.kind.${signal.kind}`)} · {signal.reference} ·{' '}
              {t('common.submittedOn', { date: formatDate(signal.createdAt, language) })}
            </Paragraph>
            <Paragraph>
              <strong>{t('mySignals.status', { status: signal.status })}</strong>
            </Paragraph>
            <Paragraph>{signal.statusExplanation}</Paragraph>
          </li>
        ))}
      </ul>
      {page.nextCursor && (
        <Button appearance="secondary-action-button" busy={loadingMore} onClick={() => void loadMore()}>
          {t('mySignals.more')}
        </Button>
      )}
    </>
  );
}
