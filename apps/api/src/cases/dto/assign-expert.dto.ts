import { UuidField } from '../../common/fields.decorator';

export class AssignExpertDto {
  @UuidField({ description: 'The user to assign: an active account with the role expert' })
  expertId!: string;
}
