// `/inzichten`: what the network shared (step 5), for everyone: published items, newest first, with
// "more" paging, and the Atom feed both in the page head and as a visible link.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { usePagedList } from '../api/use-paged-list';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { MoreButton } from '../ui/more-button';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { FEED_PATH, FeedLink, InsightCases, InsightMeta } from './insight-parts';

export function InsightsPage() {
  const { t } = useI18n();
  usePageTitle(t('insights.pageTitle'));
  return (
    <>
      <FeedLink />
      <Heading level={1}>{t('insights.heading')}</Heading>
      <Paragraph lead>{t('insights.intro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={FEED_PATH} type="application/atom+xml">
          {t('insights.feed')}
        </a>
      </Paragraph>
      <InsightList />
    </>
  );
}

function InsightList() {
  const { t } = useI18n();
  const api = useApi();
  const fetchPage = useCallback(
    (cursor?: string) => api.GET('/api/public/insights', { params: { query: { cursor } } }),
    [api],
  );
  const { page, failed, loadingMore, loadMore } = usePagedList(fetchPage);

  if (failed && !page) {
    return (
      <Alert type="error" role="alert">
        {failed}
      </Alert>
    );
  }
  if (!page) return <Paragraph role="status">{t('layout.loading')}</Paragraph>;
  if (page.items.length === 0) return <Paragraph>{t('insights.empty')}</Paragraph>;
  return (
    <>
      <ul className="sr-card-list">
        {page.items.map((insight) => (
          <li key={insight.id} className="sr-card">
            <Heading level={2} className="sr-card__title">
              <RouterLink to={`/inzichten/${insight.id}`}>{insight.title}</RouterLink>
            </Heading>
            <InsightMeta insight={insight} />
            {insight.summary && <Paragraph className="sr-description">{insight.summary}</Paragraph>}
            <InsightCases insight={insight} />
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {failed && (
          <Alert type="error" role="alert">
            {failed}
          </Alert>
        )}
        <Paragraph className="sr-visually-hidden">
          {t('insights.shown', { count: page.items.length })}
        </Paragraph>
      </div>
      <MoreButton nextCursor={page.nextCursor} loading={loadingMore} onMore={loadMore}>
        {t('insights.more')}
      </MoreButton>
    </>
  );
}
