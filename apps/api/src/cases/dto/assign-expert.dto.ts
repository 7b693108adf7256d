import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { DateField, EmailField, TextField, UuidField } from '../../common/fields.decorator';

/** An expert from outside the organisation: works through a private link sent to this address. */
export class ExternalExpertDto {
  @TextField({ description: 'The name the mails address the expert by', min: 2, max: 200 })
  name!: string;

  @EmailField({ description: 'Where the private link goes; never shown in the app' })
  email!: string;
}

/** Exactly one of `expertId` and `external`. */
export class AssignExpertDto {
  @UuidField({ description: 'A staff expert: an active account with the role expert', optional: true })
  expertId?: string;

  @ApiPropertyOptional({ type: ExternalExpertDto, description: 'An external expert, instead of expertId' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ExternalExpertDto)
  external?: ExternalExpertDto;

  @DateField({ description: 'When the analysis is due (a Dutch calendar date, today or later)' })
  dueOn!: string;
}
