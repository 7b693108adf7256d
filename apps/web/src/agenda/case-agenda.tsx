// Step 6 on the case page: the agenda items of the case (at which table, where each stands, the meeting
// date and the outcome). While the case is on the agenda an adviser puts it on one more table, with
// what is asked of it; and puts the case under a theme (opgave), one at a time.
import { Button } from '@utrecht/button-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { formatDay } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { useFormSend } from '../staff/use-form-send';
import { useStaffChange } from '../staff/use-staff-change';
import { DataTable } from '../ui/data-table';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { Select } from '../ui/select';
import { SendButton } from '../ui/send-button';
import { TextareaField } from '../ui/textarea-field';
import type { AgendaItem } from './agenda-types';

type CaseDetail = components['schemas']['CaseDetailDto'];
type Theme = components['schemas']['ThemeRefDto'];

/** The steps in which a case has (or may get) agenda items. */
const AGENDA_CASE_STEPS: readonly CaseDetail['step'][] = ['agenda', 'feedback', 'closed'];

export function hasAgenda(step: CaseDetail['step']): boolean {
  return AGENDA_CASE_STEPS.includes(step);
}

interface Props {
  detail: CaseDetail;
  canEdit: boolean;
  /** The case changed (its version, after a new theme). */
  onChanged: (detail: CaseDetail) => void;
}

export function CaseAgenda({ detail, canEdit, onChanged }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/cases/{id}/agenda-items', { params: { path: { id: detail.id } } }),
    [api, detail.id],
  );
  const { state, reload } = useLoad(request);
  const [added, setAdded] = useState<Outcome>();
  const items = state.status === 'ready' ? state.data : [];

  return (
    <section aria-labelledby="case-agenda-heading" className="sr-section">
      <Heading level={2} id="case-agenda-heading">
        {t('agenda.case.heading')}
      </Heading>
      <Paragraph>{t('agenda.case.intro')}</Paragraph>
      <LoadView state={state}>{(list) => <CaseAgendaItems items={list} />}</LoadView>
      <OutcomeMessage outcome={added} />
      {canEdit && detail.step === 'agenda' && state.status === 'ready' && (
        <AddAgendaItemForm
          caseId={detail.id}
          takenTableIds={items.map((item) => item.tableId)}
          onAdded={(tableName) => {
            setAdded({ type: 'ok', message: t('agenda.case.added', { table: tableName }) });
            reload();
          }}
        />
      )}
      {canEdit && <CaseThemeForm detail={detail} onChanged={onChanged} />}
    </section>
  );
}

function CaseAgendaItems({ items }: { items: AgendaItem[] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return <Paragraph>{t('agenda.case.none')}</Paragraph>;
  return (
    <DataTable
      caption={t('agenda.case.heading')}
      columns={[
        t('agenda.columns.table'),
        t('agenda.columns.status'),
        t('agenda.columns.meetingDate'),
        t('agenda.columns.outcome'),
      ]}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <th scope="row">
            <RouterLink to={`/agenda/${item.id}`}>{item.tableName}</RouterLink>
          </th>
          <td>{t(`agenda.statuses.${item.status}`)}</td>
          <td>{item.meetingDate ? formatDay(item.meetingDate, language) : '–'}</td>
          <td>
            {item.outcome ? t(`agenda.outcomes.${item.outcome}`) : '–'}
            {item.outcomeNote && <span className="sr-timeline__reason">{item.outcomeNote}</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

const ADD_FIELDS = ['tableId', 'ask'] as const;
type AddField = (typeof ADD_FIELDS)[number];

interface AddProps {
  caseId: string;
  /** Tables the case is on already (one item per table). */
  takenTableIds: string[];
  onAdded: (tableName: string) => void;
}

function AddAgendaItemForm({ caseId, takenTableIds, onAdded }: AddProps) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/tables'), [api]);
  const { state } = useLoad(request);
  const tables =
    state.status === 'ready'
      ? state.data.filter((table) => table.active && !takenTableIds.includes(table.id))
      : [];
  const [tableId, setTableId] = useState('');
  const [ask, setAsk] = useState('');
  const { errors, summary, sending, send } = useFormSend(
    ADD_FIELDS,
    (field: AddField) => `agenda-add-${field}`,
  );

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(
      () =>
        api.POST('/api/cases/{id}/agenda-items', {
          params: { path: { id: caseId } },
          body: { tableId, ask: ask.trim() },
        }),
      (data) => {
        setTableId('');
        setAsk('');
        onAdded(data.tableName);
      },
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={add}>
      <Heading level={3}>{t('agenda.case.addHeading')}</Heading>
      <FormErrorSummary items={summary} />
      <Field
        id="agenda-add-tableId"
        label={t('agenda.case.table')}
        help={state.status === 'ready' && tables.length === 0 ? t('agenda.case.noTables') : undefined}
        error={errors.byField.tableId ?? (state.status === 'failed' ? state.message : undefined)}
      >
        {(control) => (
          <Select {...control} required value={tableId} onChange={(event) => setTableId(event.target.value)}>
            <option value="">
              {state.status === 'loading' ? t('layout.loading') : t('agenda.case.chooseTable')}
            </option>
            {tables.map((table) => (
              <option key={table.id} value={table.id}>
                {table.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <TextareaField
        id="agenda-add-ask"
        label={t('agenda.case.ask')}
        help={t('agenda.case.askHelp')}
        error={errors.byField.ask}
        required
        rows={4}
        maxLength={5000}
        value={ask}
        onChange={(event) => setAsk(event.target.value)}
      />
      <SendButton sending={sending} appearance="secondary-action-button">
        {t('agenda.case.add')}
      </SendButton>
    </form>
  );
}

/** Puts the case under one theme (or none), starting from the theme it has now. */
function CaseThemeForm({ detail, onChanged }: { detail: CaseDetail; onChanged: (d: CaseDetail) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/themes'), [api]);
  const { state } = useLoad(request);
  const themes = state.status === 'ready' ? state.data.filter((theme) => theme.active) : [];
  const [choice, setChoice] = useState(detail.theme?.id ?? '');
  const [current, setCurrent] = useState<Theme | null>(detail.theme ?? null);
  const { busy, outcome, setOutcome, send } = useStaffChange(() => undefined);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) {
      setOutcome({ type: 'error', message: t('agenda.theme.chooseFirst') });
      return;
    }
    void send(
      () =>
        api.PUT('/api/cases/{id}/theme', {
          params: { path: { id: detail.id } },
          body: { themeId: choice === NO_THEME ? null : choice },
        }),
      (data) => {
        const theme = data.theme ?? null;
        setCurrent(theme);
        setOutcome({
          type: 'ok',
          message: theme ? t('agenda.theme.saved', { theme: theme.name }) : t('agenda.theme.cleared'),
        });
        // Setting a theme moves the case to a new version: later changes must send that one.
        onChanged({ ...detail, theme, version: data.version });
      },
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={save}>
      <Heading level={3}>{t('agenda.theme.heading')}</Heading>
      <Paragraph>
        {current ? t('agenda.theme.current', { theme: current.name }) : t('agenda.theme.noTheme')}
      </Paragraph>
      <Field
        id="case-theme"
        label={t('agenda.theme.label')}
        error={state.status === 'failed' ? state.message : undefined}
      >
        {(control) => (
          <Select {...control} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">
              {state.status === 'loading' ? t('layout.loading') : t('agenda.theme.choose')}
            </option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
            <option value={NO_THEME}>{t('agenda.theme.none')}</option>
          </Select>
        )}
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {t('agenda.theme.save')}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}

const NO_THEME = 'none';
