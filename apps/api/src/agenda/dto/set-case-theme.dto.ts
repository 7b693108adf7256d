import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsUUID, ValidateIf } from 'class-validator';

/** Validation and schema together, as in nullable-fields.decorator.ts: must be sent, may be null. */
export class SetCaseThemeDto {
  @ApiProperty({
    description: 'The theme the case belongs to from now on, or null for none (a case has one at a time)',
    type: String,
    format: 'uuid',
    nullable: true,
  })
  @ValidateIf((_object: object, value: unknown) => value !== null)
  @IsDefined()
  @IsUUID('all')
  themeId!: string | null;
}
