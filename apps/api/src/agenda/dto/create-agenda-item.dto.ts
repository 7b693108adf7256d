import { TextField, UuidField } from '../../common/fields.decorator';

export class CreateAgendaItemDto {
  @UuidField({ description: 'The national table to bring the case to (one item per table)' })
  tableId!: string;

  @TextField({ description: 'What is asked of this table, from its own role', min: 1, max: 5000 })
  ask!: string;
}
