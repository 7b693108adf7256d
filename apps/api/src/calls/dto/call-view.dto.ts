import { ApiProperty } from '@nestjs/swagger';
import { CALL_KINDS, CALL_STATUSES, CHANNELS, DOMAINS } from '@app/workflow';
import type { CallKind, CallStatus, Channel, Domain } from '@app/workflow';

/** A call as the public (and members) see it: the question, why, until when, and the case's public title. */
export class PublicCallDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CALL_KINDS })
  kind!: CallKind;

  @ApiProperty()
  question!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ enum: CHANNELS, isArray: true })
  channels!: Channel[];

  @ApiProperty({ format: 'date-time' })
  opensAt!: Date;

  @ApiProperty({ format: 'date-time' })
  closesAt!: Date;

  @ApiProperty({ type: String, nullable: true, description: "The case's reference (targeted calls)" })
  caseReference!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The title advisers gave the case (targeted calls)',
  })
  caseTitle!: string | null;

  @ApiProperty({ description: 'Answering is possible now' })
  open!: boolean;
}

/** A call as advisers see it, with its audience and how far sending and answering have come. */
export class CallDto extends PublicCallDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;

  @ApiProperty({ enum: DOMAINS, isArray: true })
  audienceDomains!: Domain[];

  @ApiProperty({ type: [String] })
  audienceRegions!: string[];

  @ApiProperty()
  audienceEveryone!: boolean;

  @ApiProperty()
  isPublic!: boolean;

  @ApiProperty({ enum: CALL_STATUSES })
  status!: CallStatus;

  @ApiProperty({ type: Number, nullable: true, description: 'Members in the audience when it was published' })
  audienceSize!: number | null;

  @ApiProperty({ description: 'Members invited so far (progress of the fan-out)' })
  invited!: number;

  @ApiProperty({ description: 'Answers so far (confirmed only)' })
  answers!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  fanoutCompletedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: Date | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: Date;
}
