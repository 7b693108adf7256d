// `/agenda/:id` (the link in the liaison's reminder mails): one agenda item with the case it is about,
// what is asked of the table, where it stands, the form to record its next move, its documents and
// every change so far.
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { formatDay } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { BriefLinks } from '../tables/brief-links';
import { AgendaDocuments } from './agenda-documents';
import { AgendaEvents } from './agenda-events';
import { AGENDA_ROLES, type AgendaItemDetail } from './agenda-types';
import { MoveForm } from './move-form';

export function AgendaItemPage() {
  const { t } = useI18n();
  usePageTitle(t('agenda.item.pageTitle'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/agenda">{t('agenda.item.back')}</RouterLink>
      </Paragraph>
      <StaffOnly roles={AGENDA_ROLES}>{() => <AgendaItemView />}</StaffOnly>
    </>
  );
}

function AgendaItemView() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/agenda-items/{id}', { params: { path: { id } } }),
    [api, id],
  );
  const { state, reload } = useLoad(request, t('agenda.item.notFound'));
  // A change answers with the item as it is now; shown until it is loaded again (after a conflict).
  const [changed, setChanged] = useState<{ over: typeof state; data: AgendaItemDetail }>();
  const shown = changed?.over === state ? { status: 'ready' as const, data: changed.data } : state;
  const onChanged = useCallback((data: AgendaItemDetail) => setChanged({ over: state, data }), [state]);
  return (
    <LoadView state={shown}>
      {(item) => <AgendaItemDetailView item={item} onChanged={onChanged} onConflict={reload} />}
    </LoadView>
  );
}

interface DetailProps {
  item: AgendaItemDetail;
  onChanged: (item: AgendaItemDetail) => void;
  onConflict: () => void;
}

function AgendaItemDetailView({ item, onChanged, onConflict }: DetailProps) {
  const { t, language } = useI18n();
  const [moved, setMoved] = useState<Outcome>();

  return (
    <>
      <Heading level={1}>{item.caseTitle}</Heading>
      <dl className="sr-fact-list">
        <dt>{t('agenda.item.case')}</dt>
        <dd>
          <RouterLink to={`/knelpunten/${item.caseId}`}>{item.caseReference}</RouterLink>
        </dd>
        <dt>{t('agenda.item.table')}</dt>
        <dd>{item.tableName}</dd>
        <dt>{t('agenda.item.status')}</dt>
        <dd>
          <strong>{t(`agenda.statuses.${item.status}`)}</strong>
        </dd>
        <dt>{t('agenda.item.ask')}</dt>
        <dd className="sr-description">{item.ask}</dd>
        {item.meetingDate && (
          <>
            <dt>{t('agenda.fields.meetingDate')}</dt>
            <dd>{formatDay(item.meetingDate, language)}</dd>
          </>
        )}
        {item.outcome && (
          <>
            <dt>{t('agenda.fields.outcome')}</dt>
            <dd>
              {t(`agenda.outcomes.${item.outcome}`)}
              {item.outcomeNote && <span className="sr-timeline__reason">{item.outcomeNote}</span>}
            </dd>
          </>
        )}
        {item.followUpOn && (
          <>
            <dt>{t('agenda.fields.followUpOn')}</dt>
            <dd>{formatDay(item.followUpOn, language)}</dd>
          </>
        )}
      </dl>
      <BriefLinks table={{ id: item.tableId, name: item.tableName }} />

      <section aria-labelledby="move-heading" className="sr-section">
        <Heading level={2} id="move-heading">
          {t('agenda.move.heading')}
        </Heading>
        <OutcomeMessage outcome={moved} />
        {item.allowedMoves.length > 0 ? (
          <MoveForm
            key={item.version}
            item={item}
            onMoved={(data) => {
              setMoved({
                type: 'ok',
                message: t('agenda.move.done', { status: t(`agenda.statuses.${data.status}`) }),
              });
              onChanged(data);
            }}
            onConflict={onConflict}
            onSend={() => setMoved(undefined)}
          />
        ) : (
          <Paragraph>
            {item.status === 'closed' ? t('agenda.move.closed') : t('agenda.move.stopped')}
          </Paragraph>
        )}
      </section>

      <AgendaDocuments item={item} onAdded={onChanged} />

      <section aria-labelledby="events-heading" className="sr-section">
        <Heading level={2} id="events-heading">
          {t('agenda.events.heading')}
        </Heading>
        <AgendaEvents events={item.events} />
      </section>
    </>
  );
}
