import { AGENDA_STATUSES, type AgendaStatus } from '@app/workflow';
import { CodeField, IntField, TextField, UuidField } from '../../common/fields.decorator';

export class ListAgendaItemsQuery {
  @UuidField({ description: 'Only the items at this table', optional: true })
  tableId?: string;

  @UuidField({
    description: "Only the items of cases under this theme (a table's view of one theme)",
    optional: true,
  })
  themeId?: string;

  @CodeField(AGENDA_STATUSES, { description: 'Only the items with this status', optional: true })
  status?: AgendaStatus;

  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 50)', min: 1, max: 200, optional: true })
  limit?: number;
}
