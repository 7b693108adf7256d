import { LOCALES, STAFF_ROLES, type Locale, type StaffRole } from '@app/workflow';
import { CodeField, EmailField, TextField } from '../../common/fields.decorator';

/** A new staff member: the account is made without a password; the invite mail lets them choose one. */
export class InviteUserDto {
  @EmailField({ description: 'Where the invite goes; the address they sign in with' })
  email!: string;

  @TextField({ description: 'The name others see', min: 1, max: 200, example: 'Anna de Vries' })
  displayName!: string;

  @CodeField(STAFF_ROLES, { description: 'The staff role (members need no invite)' })
  role!: StaffRole;

  @CodeField(LOCALES, { description: 'Language of the mails to this person (default nl)', optional: true })
  locale?: Locale;
}
