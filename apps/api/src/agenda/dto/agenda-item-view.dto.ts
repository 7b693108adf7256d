import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGENDA_MOVE_FIELDS,
  AGENDA_OUTCOMES,
  AGENDA_STATUSES,
  CASE_STEPS,
  type AgendaMoveField,
  type AgendaOutcome,
  type AgendaStatus,
  type CaseStep,
} from '@app/workflow';

/** An agenda item: one case on the agenda of one national table. Names no submitter. */
export class AgendaItemSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'KP-2026-000012' })
  caseReference!: string;

  @ApiProperty()
  caseTitle!: string;

  @ApiProperty({ enum: CASE_STEPS })
  caseStep!: CaseStep;

  @ApiProperty({ format: 'uuid' })
  tableId!: string;

  @ApiProperty()
  tableName!: string;

  @ApiProperty({ enum: AGENDA_STATUSES })
  status!: AgendaStatus;

  @ApiProperty({ description: 'What is asked of this table, from its own role' })
  ask!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  meetingDate!: string | null;

  @ApiPropertyOptional({ enum: AGENDA_OUTCOMES, nullable: true })
  outcome!: AgendaOutcome | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  outcomeNote!: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'When to check a commitment',
  })
  followUpOn!: string | null;

  @ApiProperty({ description: 'When the status last changed' })
  movedAt!: Date;

  @ApiProperty({ description: 'Pass as expectedVersion when moving the item' })
  version!: number;

  @ApiProperty()
  createdAt!: Date;
}

export class AgendaItemPageDto {
  @ApiProperty({ type: [AgendaItemSummaryDto] })
  items!: AgendaItemSummaryDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

/** One change of the item: who, when, from which status to which, the note, and what else changed. */
export class AgendaItemEventDto {
  @ApiProperty()
  id!: string;

  @ApiPropertyOptional({
    enum: AGENDA_STATUSES,
    nullable: true,
    description: 'Null when the item was created',
  })
  from!: AgendaStatus | null;

  @ApiProperty({ enum: AGENDA_STATUSES })
  to!: AgendaStatus;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The staff member's display name" })
  actorName!: string | null;

  @ApiProperty()
  note!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Per changed field: { from, to }; a document added: { document: { id, title, url } }',
  })
  changes!: Record<string, unknown> | null;

  @ApiProperty()
  at!: Date;
}

export class AgendaItemDocumentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'uri' })
  url!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  addedById!: string | null;

  @ApiProperty()
  addedAt!: Date;
}

export class AllowedAgendaMoveDto {
  @ApiProperty({ enum: AGENDA_STATUSES })
  to!: AgendaStatus;

  @ApiProperty({ description: 'What the button says (a label key)' })
  action!: string;

  @ApiProperty({ enum: AGENDA_MOVE_FIELDS, isArray: true, description: 'Fields this move must have' })
  requires!: AgendaMoveField[];

  @ApiProperty({ enum: AGENDA_MOVE_FIELDS, isArray: true, description: 'Fields this move may have as well' })
  accepts!: AgendaMoveField[];
}

export class AgendaItemDetailDto extends AgendaItemSummaryDto {
  @ApiProperty({ type: [AgendaItemEventDto], description: 'Every change, oldest first' })
  events!: AgendaItemEventDto[];

  @ApiProperty({ type: [AgendaItemDocumentDto] })
  documents!: AgendaItemDocumentDto[];

  @ApiProperty({ type: [AllowedAgendaMoveDto], description: 'The moves you may make now' })
  allowedMoves!: AllowedAgendaMoveDto[];
}

export class StaleAgendaItemDto extends AgendaItemSummaryDto {
  @ApiProperty({ description: 'Since when the item counts as stale (last move + the set weeks)' })
  staleSince!: Date;
}
