// For advisers and admins on the agenda page: open items that have not moved for the set weeks, the
// longest stalled first, so someone asks the liaison how it stands.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { formatDay } from '../calls/date-time';
import { formatDate } from '../i18n/intl-format';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { DataTable } from '../ui/data-table';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

export function StaleItems() {
  const { t, language } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/agenda/stale'), [api]);
  const { state } = useLoad(request);
  return (
    <section aria-labelledby="stale-heading" className="sr-section">
      <Heading level={2} id="stale-heading">
        {t('agenda.stale.heading')}
      </Heading>
      <Paragraph>{t('agenda.stale.intro')}</Paragraph>
      <LoadView state={state}>
        {(items) =>
          items.length === 0 ? (
            <Paragraph>{t('agenda.stale.none')}</Paragraph>
          ) : (
            <DataTable
              caption={t('agenda.stale.heading')}
              columns={[
                t('agenda.columns.case'),
                t('agenda.columns.table'),
                t('agenda.columns.status'),
                t('agenda.columns.meetingDate'),
                t('agenda.columns.lastMove'),
              ]}
            >
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <RouterLink to={`/agenda/${item.id}`}>{item.caseTitle}</RouterLink>{' '}
                    <span className="sr-meta">({item.caseReference})</span>
                  </th>
                  <td>{item.tableName}</td>
                  <td>{t(`agenda.statuses.${item.status}`)}</td>
                  <td>{item.meetingDate ? formatDay(item.meetingDate, language) : '–'}</td>
                  <td>{formatDate(item.movedAt, language)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </LoadView>
    </section>
  );
}
