// `/oproepen`: the calls the network may answer now, open calls (answered with a signal) and public
// targeted calls (answered with the recognition form), soonest closing first.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { formatDateTime } from './date-time';

export function PublicCallsPage() {
  const { t, language } = useI18n();
  const api = useApi();
  usePageTitle(t('publicCalls.pageTitle'));
  const request = useCallback(() => api.GET('/api/public/calls'), [api]);
  const { state } = useLoad(request);
  return (
    <>
      <Heading level={1}>{t('publicCalls.heading')}</Heading>
      <Paragraph lead>{t('publicCalls.intro')}</Paragraph>
      <LoadView state={state}>
        {(calls) =>
          calls.length === 0 ? (
            <Paragraph>{t('publicCalls.empty')}</Paragraph>
          ) : (
            <ul className="sr-card-list">
              {calls.map((call) => (
                <li key={call.id} className="sr-card">
                  <Heading level={2} className="sr-card__title">
                    {call.question}
                  </Heading>
                  <Paragraph className="sr-meta">
                    {t(`calls.kinds.${call.kind}`)} ·{' '}
                    {t('publicCalls.closes', { date: formatDateTime(call.closesAt, language) })}
                  </Paragraph>
                  {call.caseTitle && <Paragraph>{t('answer.about', { title: call.caseTitle })}</Paragraph>}
                  <Paragraph className="sr-description">{call.reason}</Paragraph>
                  <Paragraph>
                    <RouterLink
                      to={call.kind === 'open' ? `/melden?call=${call.id}` : `/oproepen/${call.id}`}
                    >
                      {call.kind === 'open' ? t('publicCalls.answerWithSignal') : t('publicCalls.answer')}
                      <span className="sr-visually-hidden">: {call.question}</span>
                    </RouterLink>
                  </Paragraph>
                </li>
              ))}
            </ul>
          )
        }
      </LoadView>
    </>
  );
}
