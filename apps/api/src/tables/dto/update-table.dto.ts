import { TABLE_KINDS, type TableKind } from '@app/workflow';
import { BooleanField, CodeField, TextField } from '../../common/fields.decorator';

/** Only the fields sent change. */
export class UpdateTableDto {
  @TextField({ description: 'The name of the table or body (unique)', min: 2, max: 200, optional: true })
  name?: string;

  @CodeField(TABLE_KINDS, { description: 'What kind of body it is', optional: true })
  kind?: TableKind;

  @TextField({ description: "The table's own role", max: 5000, optional: true })
  description?: string;

  @BooleanField({ description: 'Open for new agenda items', optional: true })
  active?: boolean;
}
