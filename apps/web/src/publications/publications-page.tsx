// `/beheer/publicaties`: every publication with its kind, cases, status and the state of its check,
// filtered by status and kind, newest first, a page at a time; and a way to write a new one.
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import { usePagedList } from '../api/use-paged-list';
import { useI18n, type I18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { usePageTitle } from '../layout/use-page-title';
import { StaffOnly } from '../staff/staff-only';
import { Alert } from '../ui/alert';
import { DataTable } from '../ui/data-table';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { MoreButton } from '../ui/more-button';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { Select } from '../ui/select';
import {
  PUBLICATION_KINDS,
  PUBLICATION_STATUSES,
  isChecked,
  type PublicationKind,
  type PublicationStatus,
  type PublicationSummary,
} from './publication-types';

export function PublicationsPage() {
  const { t } = useI18n();
  usePageTitle(t('publications.pageTitle'));
  return (
    <div className="sr-wide">
      <Heading level={1}>{t('publications.heading')}</Heading>
      <StaffOnly roles={['adviser', 'admin']}>
        {() => (
          <>
            <Paragraph>{t('publications.intro')}</Paragraph>
            <Paragraph>
              <RouterLink to="/beheer/publicaties/nieuw" className="sr-button-link">
                {t('publications.new')}
              </RouterLink>
            </Paragraph>
            <PublicationList />
          </>
        )}
      </StaffOnly>
    </div>
  );
}

/** The state of the check in a few words, for the list. */
export function checkShort(t: I18n['t'], publication: PublicationSummary): string {
  if (!isChecked(publication)) return t('publications.checkShort.pending');
  if (publication.openFindings > 0) {
    return t('publications.checkShort.open', { count: publication.openFindings });
  }
  return t('publications.checkShort.clean');
}

function PublicationList() {
  const { t, language } = useI18n();
  const api = useApi();
  const [status, setStatus] = useState<PublicationStatus | ''>('');
  const [kind, setKind] = useState<PublicationKind | ''>('');
  const fetchPage = useCallback(
    (cursor?: string) =>
      api.GET('/api/publications', {
        params: { query: { status: status || undefined, kind: kind || undefined, cursor } },
      }),
    [api, status, kind],
  );
  const { page, failed, loadingMore, loadMore } = usePagedList(fetchPage);

  return (
    <section aria-labelledby="publications-list-heading" className="sr-section">
      <Heading level={2} id="publications-list-heading">
        {t('publications.listHeading')}
      </Heading>
      <div className="sr-filters">
        <Field id="publications-status" label={t('publications.filterStatus')}>
          {(control) => (
            <Select
              {...control}
              value={status}
              onChange={(event) =>
                setStatus(PUBLICATION_STATUSES.find((s) => s === event.target.value) ?? '')
              }
            >
              <option value="">{t('publications.allStatuses')}</option>
              {PUBLICATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`publications.statuses.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="publications-kind" label={t('publications.filterKind')}>
          {(control) => (
            <Select
              {...control}
              value={kind}
              onChange={(event) => setKind(PUBLICATION_KINDS.find((k) => k === event.target.value) ?? '')}
            >
              <option value="">{t('publications.allKinds')}</option>
              {PUBLICATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`publications.kinds.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {failed ? (
        <Alert type="error" role="alert">
          {failed}
        </Alert>
      ) : !page ? (
        <Paragraph role="status">{t('layout.loading')}</Paragraph>
      ) : page.items.length === 0 ? (
        <Paragraph>{t('publications.empty')}</Paragraph>
      ) : (
        <>
          <DataTable
            caption={t('publications.listHeading')}
            columns={[
              t('publications.columns.title'),
              t('publications.columns.kind'),
              t('publications.columns.cases'),
              t('publications.columns.status'),
              t('publications.columns.check'),
              t('publications.columns.updated'),
            ]}
          >
            {page.items.map((publication) => (
              <tr key={publication.id}>
                <th scope="row">
                  <RouterLink to={`/beheer/publicaties/${publication.id}`}>{publication.title}</RouterLink>
                </th>
                <td>{t(`publications.kinds.${publication.kind}`)}</td>
                <td>{publication.cases.map((c) => c.reference).join(', ') || '–'}</td>
                <td>{t(`publications.statuses.${publication.status}`)}</td>
                <td>{publication.status === 'published' ? '–' : checkShort(t, publication)}</td>
                <td>{formatDate(publication.updatedAt, language)}</td>
              </tr>
            ))}
          </DataTable>
          <MoreButton nextCursor={page.nextCursor} loading={loadingMore} onMore={loadMore}>
            {t('publications.more')}
          </MoreButton>
        </>
      )}
    </section>
  );
}
