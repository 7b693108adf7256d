import { ROLES, type Role } from '@app/workflow';
import { CodeField, TextField } from '../../common/fields.decorator';

export class UpdateUserDto {
  @CodeField(ROLES, { description: 'The new role; takes effect on the next request', optional: true })
  role?: Role;

  @TextField({ description: 'The name others see', min: 1, max: 200, optional: true })
  displayName?: string;
}
