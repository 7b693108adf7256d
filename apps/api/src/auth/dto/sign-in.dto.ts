import { EmailField, TextField } from '../../common/fields.decorator';

export class SignInDto {
  @EmailField({ description: 'The e-mail address of the account' })
  email!: string;

  @TextField({ description: 'The password', max: 200, trim: false })
  password!: string;
}
