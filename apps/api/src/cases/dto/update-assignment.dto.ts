import { DateField } from '../../common/fields.decorator';

export class UpdateAssignmentDto {
  @DateField({ description: 'The new due date (a Dutch calendar date, today or later)' })
  dueOn!: string;
}
