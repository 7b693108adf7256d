import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class HistoryEntryDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  from!: string | null;

  @ApiProperty()
  to!: string;

  @ApiProperty()
  action!: string;

  @ApiProperty({ description: 'Role of who acted, or "system"' })
  actorRole!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  reason!: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What the decision rested on, e.g. the recognition tally and conversations',
  })
  evidence!: Record<string, unknown> | null;

  @ApiProperty()
  at!: Date;
}
