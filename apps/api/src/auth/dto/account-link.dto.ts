import { ApiProperty } from '@nestjs/swagger';
import { EmailField, TextField } from '../../common/fields.decorator';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

export class EmailLinkRequestDto {
  @EmailField({ description: 'The e-mail address to send the link to' })
  email!: string;
}

export class LinkTokenDto {
  @TextField({
    description: 'The token from the link in the e-mail (the last part of its address)',
    min: 1,
    max: 100,
  })
  token!: string;
}

export class SetPasswordWithLinkDto extends LinkTokenDto {
  @TextField({
    description: `The new password, at least ${MIN_PASSWORD_LENGTH} characters`,
    min: MIN_PASSWORD_LENGTH,
    max: 200,
    trim: false,
  })
  password!: string;
}

/** The same answer whether or not the address has an account. */
export class LinkRequestedDto {
  @ApiProperty({ description: 'What happens next, in the language of the request' })
  message!: string;
}
