import { TABLE_KINDS, type TableKind } from '@app/workflow';
import { BooleanField, CodeField, TextField } from '../../common/fields.decorator';

export class CreateTableDto {
  @TextField({ description: 'The name of the table or body (unique)', min: 2, max: 200 })
  name!: string;

  @CodeField(TABLE_KINDS, { description: 'What kind of body it is' })
  kind!: TableKind;

  @TextField({ description: "The table's own role", max: 5000, optional: true })
  description?: string;

  @BooleanField({ description: 'Open for new agenda items (default true)', optional: true })
  active?: boolean;
}
