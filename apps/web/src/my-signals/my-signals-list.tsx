import { Button } from '@utrecht/button-react';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

type MemberSignal = components['schemas']['MemberSignalSummaryDto'];

interface Page {
  items: MemberSignal[];
  nextCursor: string | null | undefined;
}

/** The member's own signals, newest first, a page at a time. */
export function MySignalsList() {
  const { t, language } = useI18n();
  const api = useApi();
  const [page, setPage] = useState<Page | null>(null);
  const [failed, setFailed] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    // Asked again on a language switch: the statuses come from the API in the language asked for.
    api
      .GET('/api/me/signals')
      .then(({ data }) => {
        if (!current) return;
        if (data) setPage({ items: data.items, nextCursor: data.nextCursor });
        else setFailed(t('common.unexpectedError'));
      })
      .catch(() => current && setFailed(t('common.networkError')));
    return () => {
      current = false;
    };
  }, [api, t]);

  const loadMore = async () => {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const { data } = await api.GET('/api/me/signals', { params: { query: { cursor: page.nextCursor } } });
      if (data) setPage({ items: [...page.items, ...data.items], nextCursor: data.nextCursor });
    } catch {
      setFailed(t('common.networkError'));
    } finally {
      setLoadingMore(false);
    }
  };

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
