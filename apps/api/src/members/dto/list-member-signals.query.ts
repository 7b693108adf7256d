import { IntField, TextField } from '../../common/fields.decorator';

export class ListMemberSignalsQuery {
  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 25)', min: 1, max: 100, optional: true })
  limit?: number;
}
