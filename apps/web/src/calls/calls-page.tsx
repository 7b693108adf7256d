// `/beheer/oproepen`: every call with its status and how far it has come, a way to start a new one, and
// the thresholds of the recognition check (admins change them, advisers read them).
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { RecognitionThresholds } from '../recognition/recognition-thresholds';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { StaffOnly } from '../staff/staff-only';
import { DataTable } from '../ui/data-table';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { Select } from '../ui/select';
import { progressShort } from './call-progress';
import type { CallStatus } from './call-types';
import { formatDateTime } from './date-time';

const STATUSES: readonly CallStatus[] = ['draft', 'published', 'closed'];

export function CallsPage() {
  const { t } = useI18n();
  usePageTitle(t('calls.pageTitle'));
  return (
    <div className="sr-wide">
      <Heading level={1}>{t('calls.heading')}</Heading>
      <StaffOnly roles={['adviser', 'admin']}>
        {(user) => (
          <>
            <Paragraph>{t('calls.intro')}</Paragraph>
            <Paragraph>
              <RouterLink to="/beheer/oproepen/nieuw" className="sr-button-link">
                {t('calls.new')}
              </RouterLink>
            </Paragraph>
            <CallList />
            <RecognitionThresholds canEdit={user.role === 'admin'} />
          </>
        )}
      </StaffOnly>
    </div>
  );
}

function CallList() {
  const { t, language } = useI18n();
  const api = useApi();
  const [status, setStatus] = useState<CallStatus | ''>('');
  const request = useCallback(
    () => api.GET('/api/calls', { params: { query: { status: status || undefined } } }),
    [api, status],
  );
  const { state } = useLoad(request);

  return (
    <section aria-labelledby="calls-list-heading" className="sr-section">
      <Heading level={2} id="calls-list-heading">
        {t('calls.listHeading')}
      </Heading>
      <div className="sr-inline-form">
        <Field id="calls-status" label={t('calls.filterStatus')}>
          {(control) => (
            <Select
              {...control}
              value={status}
              onChange={(event) => setStatus(STATUSES.find((s) => s === event.target.value) ?? '')}
            >
              <option value="">{t('calls.allStatuses')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`calls.statuses.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <LoadView state={state}>
        {(calls) =>
          calls.length === 0 ? (
            <Paragraph>{t('calls.empty')}</Paragraph>
          ) : (
            <DataTable
              caption={t('calls.listHeading')}
              columns={[
                t('calls.columns.question'),
                t('calls.columns.kind'),
                t('calls.columns.case'),
                t('calls.columns.status'),
                t('calls.columns.progress'),
                t('calls.columns.answers'),
                t('calls.columns.closes'),
              ]}
            >
              {calls.map((call) => (
                <tr key={call.id}>
                  <th scope="row">
                    <RouterLink to={`/beheer/oproepen/${call.id}`}>{call.question}</RouterLink>
                  </th>
                  <td>{t(`calls.kinds.${call.kind}`)}</td>
                  <td>{call.caseReference ?? '–'}</td>
                  <td>{t(`calls.statuses.${call.status}`)}</td>
                  <td>{progressShort(t, call)}</td>
                  <td>{call.status === 'draft' ? '–' : call.answers}</td>
                  <td>{formatDateTime(call.closesAt, language)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </LoadView>
    </section>
  );
}
