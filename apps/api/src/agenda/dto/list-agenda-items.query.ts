import { AGENDA_STATUSES, type AgendaStatus } from '@app/workflow';
import { CodeField, IntField, TextField, UuidField } from '../../common/fields.decorator';

export class ListAgendaItemsQuery {
  @UuidField({ description: 'Only the items at this table', optional: true })
  tableId?: string;

  @CodeField(AGENDA_STATUSES, { description: 'Only the items with this status', optional: true })
  status?: AgendaStatus;

  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 50)', min: 1, max: 200, optional: true })
  limit?: number;
}
