import { Button } from '@utrecht/button-react';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { LinkButton } from '../ui/link-button';
import { Paragraph } from '../ui/paragraph';
import type { Selection } from './selection';

type SignalSummary = components['schemas']['SignalSummaryDto'];

interface Props {
  step: 'triage' | 'intake';
  heading: string;
  /** Changes when the lists must be asked again (after a decision). */
  round: number;
  selection: Selection;
  onToggle: (signal: SignalSummary) => void;
  openedId: string | undefined;
  onOpen: (id: string) => void;
}

interface Page {
  items: SignalSummary[];
  nextCursor: string | null | undefined;
}

/** The new signals in one step, newest first, a page at a time ("more" follows the API's cursor). */
export function SignalQueue({ step, heading, round, selection, onToggle, openedId, onOpen }: Props) {
  const { t, language } = useI18n();
  const api = useApi();
  const [page, setPage] = useState<Page>();
  const [failed, setFailed] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);

  const fetchPage = useCallback(
    (cursor?: string) => api.GET('/api/signals', { params: { query: { step, cursor } } }),
    [api, step],
  );

  useEffect(() => {
    let current = true;
    fetchPage()
      .then(({ data }) => {
        if (!current) return;
        if (data) {
          setFailed(undefined);
          setPage({ items: data.items, nextCursor: data.nextCursor });
        } else setFailed(t('common.unexpectedError'));
      })
      .catch(() => current && setFailed(t('common.networkError')));
    return () => {
      current = false;
    };
  }, [fetchPage, t, round]);

  const loadMore = async () => {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const { data } = await fetchPage(page.nextCursor);
      if (data) setPage({ items: [...page.items, ...data.items], nextCursor: data.nextCursor });
    } catch {
      setFailed(t('common.networkError'));
    } finally {
      setLoadingMore(false);
    }
  };

  const headingId = `queue-${step}`;
  return (
    <section aria-labelledby={headingId} className="sr-queue">
      <Heading level={2} id={headingId}>
        {heading}
        {page && <span className="sr-count"> ({page.items.length + (page.nextCursor ? '+' : '')})</span>}
      </Heading>
      {failed && (
        <Alert type="error" role="alert">
          {failed}
        </Alert>
      )}
      {!page && !failed && <Paragraph role="status">{t('layout.loading')}</Paragraph>}
      {page && page.items.length === 0 && <Paragraph>{t('inbox.empty')}</Paragraph>}
      {page && page.items.length > 0 && (
        <ul className="sr-card-list">
          {page.items.map((signal) => {
            const checkboxId = `select-${signal.id}`;
            const opened = signal.id === openedId;
            return (
              <li
                key={signal.id}
                className={opened ? 'sr-card sr-signal sr-signal--opened' : 'sr-card sr-signal'}
              >
                <div className="sr-signal__select">
                  <input
                    type="checkbox"
                    id={checkboxId}
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={selection.has(signal.id)}
                    onChange={() => onToggle(signal)}
                    aria-label={t('inbox.select', { reference: signal.reference })}
                  />
                </div>
                <div className="sr-signal__body">
                  <Heading level={3} className="sr-card__title">
                    <LinkButton onClick={() => onOpen(signal.id)}>
                      {signal.title}
                      {opened && <span className="sr-visually-hidden"> ({t('inbox.opened')})</span>}
                    </LinkButton>
                  </Heading>
                  <Paragraph className="sr-meta">
                    {signal.reference} ·{' '}
                    {t('inbox.received', { date: formatDate(signal.createdAt, language) })} ·{' '}
                    {t(`channels.${signal.channel}`)}
                    {signal.domains.length > 0 &&
                      ` · ${signal.domains.map((d) => t(`domains.${d}`)).join(', ')}`}
                  </Paragraph>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {page?.nextCursor && (
        <Button appearance="secondary-action-button" busy={loadingMore} onClick={() => void loadMore()}>
          {t('staff.more')}
        </Button>
      )}
    </section>
  );
}
