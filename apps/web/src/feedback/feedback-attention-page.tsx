// `/beheer/terugkoppeling`: cases whose feedback someone said did not help, latest first, with what
// to consider. A closed case is reopened on its own page (the existing step back to testing, with a
// reason); a case that was reopened leaves this list.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { formatDateTime } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { HELPFULNESS, type FeedbackAttention } from './feedback-types';

export function FeedbackAttentionPage() {
  const { t } = useI18n();
  usePageTitle(t('feedback.attention.pageTitle'));
  return (
    <div className="sr-wide">
      <Heading level={1}>{t('feedback.attention.heading')}</Heading>
      <StaffOnly roles={['adviser', 'admin']}>{() => <AttentionList />}</StaffOnly>
    </div>
  );
}

function AttentionList() {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/feedback/attention'), [api]);
  const { state } = useLoad(request);
  return (
    <>
      <Paragraph>{t('feedback.attention.intro')}</Paragraph>
      <LoadView state={state}>
        {(cases) =>
          cases.length === 0 ? (
            <Paragraph>{t('feedback.attention.empty')}</Paragraph>
          ) : (
            <ul className="sr-card-list" aria-label={t('feedback.attention.listLabel')}>
              {cases.map((item) => (
                <AttentionItem key={item.caseId} item={item} />
              ))}
            </ul>
          )
        }
      </LoadView>
    </>
  );
}

function AttentionItem({ item }: { item: FeedbackAttention }) {
  const { t, language } = useI18n();
  const headingId = `attention-${item.caseId}`;
  return (
    <li className="sr-card">
      <article aria-labelledby={headingId}>
        <Heading level={2} id={headingId} className="sr-card__title">
          <RouterLink to={`/knelpunten/${item.caseId}`}>
            {item.reference}: {item.title}
          </RouterLink>
        </Heading>
        <Paragraph className="sr-meta">
          {t('feedback.attention.line', {
            step: t(`caseSteps.${item.step}`),
            date: formatDateTime(item.lastNoAt, language),
          })}
        </Paragraph>
        <Paragraph>
          {HELPFULNESS.map((h) =>
            t('feedback.attention.count', {
              answer: t(`feedback.helped.${h}`),
              count: item.helpfulness[h],
            }),
          ).join(' · ')}
        </Paragraph>
        {item.noComments.length > 0 && (
          <>
            <Paragraph>{t('feedback.attention.comments')}</Paragraph>
            <ul className="utrecht-unordered-list">
              {item.noComments.map((comment, index) => (
                <li key={index} className="utrecht-unordered-list__item sr-description">
                  {comment}
                </li>
              ))}
            </ul>
          </>
        )}
        <Paragraph>
          <strong>{item.suggestion}</strong>
        </Paragraph>
        <Paragraph>
          <RouterLink to={`/knelpunten/${item.caseId}`}>
            {item.canReopen ? t('feedback.attention.reopen') : t('feedback.attention.open')}
            <span className="sr-visually-hidden"> ({item.reference})</span>
          </RouterLink>
        </Paragraph>
      </article>
    </li>
  );
}
