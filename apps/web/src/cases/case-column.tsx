import { Button } from '@utrecht/button-react';
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { usePagedList } from '../api/use-paged-list';
import { useI18n } from '../i18n/i18n-context';
import { Alert } from '../ui/alert';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import type { CaseFilters, CaseStep } from './case-filters';

/** The cases in one step matching the filters, newest first, with "more". */
export function CaseColumn({ step, filters }: { step: CaseStep; filters: CaseFilters }) {
  const { t } = useI18n();
  const api = useApi();
  const { q, domain, region, handlingOption } = filters;

  const fetchPage = useCallback(
    (cursor?: string) =>
      api.GET('/api/cases', { params: { query: { step, q, domain, region, handlingOption, cursor } } }),
    [api, step, q, domain, region, handlingOption],
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
  return (
    <>
      <Paragraph className="sr-meta">
        {t('board.count', { count: page.items.length + (page.nextCursor ? '+' : '') })}
      </Paragraph>
      {page.items.length === 0 ? (
        <Paragraph>{t('board.empty')}</Paragraph>
      ) : (
        <ul className="sr-board__cases">
          {page.items.map((item) => (
            <li key={item.id} className="sr-case-card">
              <RouterLink to={`/knelpunten/${item.id}`} className="sr-case-card__title">
                {item.title}
              </RouterLink>
              <span className="sr-meta">
                {item.reference} · {t('board.signals', { count: item.signalCount })}
              </span>
              <span className="sr-meta">
                {item.handlingOption ? t(`handlingOptions.${item.handlingOption}`) : t('board.noOption')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor && (
        <Button appearance="secondary-action-button" busy={loadingMore} onClick={() => void loadMore()}>
          {t('staff.more')}
        </Button>
      )}
    </>
  );
}
