import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TextField } from '../../common/fields.decorator';

export class CreateApiTokenDto {
  @TextField({ description: 'What the token is for, e.g. "rapportage-script"', min: 1, max: 100 })
  name!: string;
}

export class ApiTokenViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'The first characters of the token, to tell tokens apart' })
  prefix!: string;

  @ApiProperty()
  createdAt!: Date;

  @ApiPropertyOptional({ type: Date, nullable: true })
  lastUsedAt!: Date | null;
}

export class CreatedApiTokenDto extends ApiTokenViewDto {
  @ApiProperty({
    description: 'The token itself: shown this once, send it as "Authorization: Bearer <token>"',
  })
  token!: string;
}
