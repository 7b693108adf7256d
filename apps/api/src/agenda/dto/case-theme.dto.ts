import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ThemeRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

/** The theme a case belongs to now. */
export class CaseThemeDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiPropertyOptional({ type: ThemeRefDto, nullable: true })
  theme!: ThemeRefDto | null;

  @ApiProperty({ description: 'The case version after the change (pass as expectedVersion next)' })
  version!: number;
}
