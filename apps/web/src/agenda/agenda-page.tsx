// `/agenda`: the liaison's home. What still has to be recorded (a meeting passed, a discussion without
// outcome, a follow-up now due), the meetings coming up, and per table of theirs its items by status
// with the meeting brief. Advisers and admins see every table, the items that have stalled, and the
// reminder settings.
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { formatDay, todayInput } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import type { SignedInUser } from '../session/session-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { StaffOnly } from '../staff/staff-only';
import { BriefLinks } from '../tables/brief-links';
import { DataTable } from '../ui/data-table';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { Select } from '../ui/select';
import { groupByStatus, needsRecording, upcomingMeetings } from './agenda-overview';
import { AgendaReminders } from './agenda-reminders';
import { AGENDA_ROLES, type AgendaItem } from './agenda-types';
import { StaleItems } from './stale-items';
import { useAgendaItems } from './use-agenda-items';

type Table = components['schemas']['NationalTableDto'];

export function AgendaPage() {
  const { t } = useI18n();
  usePageTitle(t('agenda.pageTitle'));
  return (
    <div className="sr-wide">
      <Heading level={1}>{t('agenda.heading')}</Heading>
      <StaffOnly roles={AGENDA_ROLES}>{(user) => <AgendaOverview user={user} />}</StaffOnly>
    </div>
  );
}

function AgendaOverview({ user }: { user: SignedInUser }) {
  const { t } = useI18n();
  const api = useApi();
  const tablesRequest = useCallback(() => api.GET('/api/tables'), [api]);
  const { state: tables } = useLoad(tablesRequest);
  const { state: items } = useAgendaItems();
  const liaison = user.role === 'liaison';
  return (
    <>
      <Paragraph lead>{liaison ? t('agenda.introLiaison') : t('agenda.introStaff')}</Paragraph>
      <LoadView state={tables}>
        {(allTables) => (
          <LoadView state={items}>
            {(allItems) => (
              <Overview
                // A liaison works on their own tables; advisers and admins look at every table in use.
                tables={
                  liaison
                    ? allTables.filter((table) => table.liaisons.some((l) => l.userId === user.id))
                    : allTables.filter(
                        (table) => table.active || allItems.some((item) => item.tableId === table.id),
                      )
                }
                items={allItems}
                liaison={liaison}
              />
            )}
          </LoadView>
        )}
      </LoadView>
      {!liaison && <StaleItems />}
      {!liaison && <AgendaReminders canEdit={user.role === 'admin'} />}
    </>
  );
}

interface OverviewProps {
  tables: Table[];
  items: AgendaItem[];
  liaison: boolean;
}

function Overview({ tables, items, liaison }: OverviewProps) {
  const { t, language } = useI18n();
  const today = todayInput();
  const toRecord = needsRecording(items, today);
  const upcoming = upcomingMeetings(items, today);

  return (
    <>
      <section aria-labelledby="to-record-heading" className="sr-section">
        <Heading level={2} id="to-record-heading">
          {t('agenda.toRecord.heading')}
        </Heading>
        {toRecord.length === 0 ? (
          <Paragraph>{t('agenda.toRecord.none')}</Paragraph>
        ) : (
          <ul className="sr-card-list">
            {toRecord.map(({ item, reason }) => (
              <li key={item.id} className="sr-card">
                <Paragraph className="sr-card__title">
                  <RouterLink to={`/agenda/${item.id}`}>{item.caseTitle}</RouterLink>
                </Paragraph>
                <Paragraph className="sr-meta">
                  {item.tableName} · {item.caseReference}
                </Paragraph>
                <Paragraph>
                  <strong>
                    {t(`agenda.toRecord.${reason}`, {
                      date: formatDay(
                        (reason === 'followUpDue' ? item.followUpOn : item.meetingDate) ?? '',
                        language,
                      ),
                    })}
                  </strong>
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="upcoming-heading" className="sr-section">
        <Heading level={2} id="upcoming-heading">
          {t('agenda.upcoming.heading')}
        </Heading>
        {upcoming.length === 0 ? (
          <Paragraph>{t('agenda.upcoming.none')}</Paragraph>
        ) : (
          <DataTable
            caption={t('agenda.upcoming.heading')}
            columns={[t('agenda.columns.meetingDate'), t('agenda.columns.case'), t('agenda.columns.table')]}
          >
            {upcoming.map((item) => (
              <tr key={item.id}>
                <td>{formatDay(item.meetingDate ?? '', language)}</td>
                <th scope="row">
                  <RouterLink to={`/agenda/${item.id}`}>{item.caseTitle}</RouterLink>
                </th>
                <td>{item.tableName}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <TablesSection tables={tables} items={items} liaison={liaison} />
    </>
  );
}

function TablesSection({ tables, items, liaison }: OverviewProps) {
  const { t } = useI18n();
  const api = useApi();
  const themesRequest = useCallback(() => api.GET('/api/themes'), [api]);
  const { state: themes } = useLoad(themesRequest);
  const [themeId, setThemeId] = useState('');
  const themeList = themes.status === 'ready' ? themes.data : [];

  return (
    <section aria-labelledby="tables-heading" className="sr-section">
      <Heading level={2} id="tables-heading">
        {liaison ? t('agenda.tables.mine') : t('agenda.tables.all')}
      </Heading>
      {tables.length === 0 ? (
        <Paragraph>{liaison ? t('agenda.tables.noneMine') : t('agenda.tables.none')}</Paragraph>
      ) : (
        <>
          {themeList.length > 0 && (
            <div className="sr-inline-form">
              <Field
                id="brief-theme"
                label={t('agenda.tables.briefTheme')}
                help={t('agenda.tables.briefThemeHelp')}
              >
                {(control) => (
                  <Select {...control} value={themeId} onChange={(event) => setThemeId(event.target.value)}>
                    <option value="">{t('agenda.tables.allThemes')}</option>
                    {themeList.map((theme) => (
                      <option key={theme.id} value={theme.id}>
                        {theme.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
          )}
          {tables.map((table) => (
            <TableItems
              key={table.id}
              table={table}
              items={items.filter((item) => item.tableId === table.id)}
              themeId={themeId || undefined}
            />
          ))}
        </>
      )}
    </section>
  );
}

function TableItems({ table, items, themeId }: { table: Table; items: AgendaItem[]; themeId?: string }) {
  const { t, language } = useI18n();
  const headingId = `table-${table.id}`;
  return (
    <article aria-labelledby={headingId} className="sr-card">
      <Heading level={3} id={headingId}>
        {table.name}
      </Heading>
      <Paragraph className="sr-meta">
        {t(`tables.kinds.${table.kind}`)}
        {!table.active && ` · ${t('tables.inactive')}`}
      </Paragraph>
      <BriefLinks table={table} themeId={themeId} />
      {items.length === 0 ? (
        <Paragraph>{t('agenda.tables.noItems')}</Paragraph>
      ) : (
        groupByStatus(items).map((group) => (
          <div key={group.status}>
            <h4 className="sr-heading-4">
              {t(`agenda.statuses.${group.status}`)} ({group.items.length})
            </h4>
            <ul className="utrecht-unordered-list">
              {group.items.map((item) => (
                <li key={item.id} className="utrecht-unordered-list__item">
                  <RouterLink to={`/agenda/${item.id}`}>{item.caseTitle}</RouterLink>{' '}
                  <span className="sr-meta">
                    ({item.caseReference}
                    {item.meetingDate &&
                      `; ${t('agenda.tables.meeting', { date: formatDay(item.meetingDate, language) })}`}
                    {item.outcome && `; ${t(`agenda.outcomes.${item.outcome}`)}`})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </article>
  );
}
