import { ROLES, type Role } from '@app/workflow';
import { CodeField, IntField, TextField } from '../../common/fields.decorator';

export class ListUsersQuery {
  @CodeField(ROLES, { description: 'Only accounts with this role', optional: true })
  role?: Role;

  @TextField({ description: 'From the previous page', max: 200, optional: true })
  cursor?: string;

  @IntField({ description: 'Page size (default 50)', min: 1, max: 200, optional: true })
  limit?: number;
}
