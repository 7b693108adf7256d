// `/inzichten/:id`: one published insight, its text as text (never HTML), a podcast's or interview's
// link, a Blikvanger's call to react, and the cases it is about.
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import type { Insight } from '../publications/publication-types';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { FeedLink, InsightCases, InsightMeta, isWebAddress } from './insight-parts';

export function InsightPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/public/insights/{id}', { params: { path: { id } } }),
    [api, id],
  );
  const { state } = useLoad(request, t('insights.notFound'));
  usePageTitle(state.status === 'ready' ? state.data.title : t('insights.itemPageTitle'));
  return (
    <>
      <FeedLink />
      <Paragraph>
        <RouterLink to="/inzichten">{t('insights.back')}</RouterLink>
      </Paragraph>
      {state.status === 'failed' && <Heading level={1}>{t('insights.itemPageTitle')}</Heading>}
      <LoadView state={state}>{(insight) => <InsightView insight={insight} />}</LoadView>
    </>
  );
}

function InsightView({ insight }: { insight: Insight }) {
  const { t } = useI18n();
  return (
    <article aria-labelledby="insight-title" className="sr-insight">
      <Heading level={1} id="insight-title">
        {insight.title}
      </Heading>
      <InsightMeta insight={insight} />
      {insight.summary && (
        <Paragraph lead className="sr-description">
          {insight.summary}
        </Paragraph>
      )}
      <Paragraph className="sr-description">{insight.body}</Paragraph>
      {insight.linkUrl && isWebAddress(insight.linkUrl) && (
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={insight.linkUrl} rel="noopener noreferrer">
            {insight.kind === 'podcast' ? t('insights.listen') : t('insights.watch')}
          </a>
        </Paragraph>
      )}
      {insight.callToAction && (
        <aside aria-labelledby="insight-cta" className="sr-call-to-action">
          <Heading level={2} id="insight-cta">
            {t('insights.callToAction')}
          </Heading>
          <Paragraph className="sr-description">{insight.callToAction}</Paragraph>
          <Paragraph>
            <RouterLink to="/melden">{t('insights.react')}</RouterLink>
          </Paragraph>
        </aside>
      )}
      <InsightCases insight={insight} />
    </article>
  );
}
