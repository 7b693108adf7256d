import { ApiProperty } from '@nestjs/swagger';
import {
  CASE_STEPS,
  FINDING_KINDS,
  FINDING_STATUSES,
  PUBLICATION_KINDS,
  PUBLICATION_STATUSES,
  type CaseStep,
  type FindingKind,
  type FindingStatus,
  type PublicationKind,
  type PublicationStatus,
} from '@app/workflow';
import { PUBLICATION_TEXT_FIELDS, type PublicationTextField } from '@app/triage';

export class PublicationCaseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({
    description: 'The title was written or confirmed by an adviser (only such titles go public)',
  })
  titleReviewed!: boolean;

  @ApiProperty({ enum: CASE_STEPS })
  step!: CaseStep;
}

/** Personal data (or an unconsented quote) the check found; open findings block publishing. */
export class PublicationFindingDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: FINDING_KINDS })
  kind!: FindingKind;

  @ApiProperty({ enum: PUBLICATION_TEXT_FIELDS })
  field!: PublicationTextField;

  @ApiProperty({ description: 'The text found, as written (at most 500 characters)' })
  matchedText!: string;

  @ApiProperty({ description: 'Offset in the field where it starts (UTF-16, inclusive)' })
  start!: number;

  @ApiProperty({ description: 'Offset in the field where it ends (UTF-16, exclusive)' })
  end!: number;

  @ApiProperty({ enum: FINDING_STATUSES, description: 'fixed: gone from the text at a later check' })
  status!: FindingStatus;

  @ApiProperty({ type: String, nullable: true })
  acceptedReason!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who accepted it' })
  resolvedById!: string | null;

  @ApiProperty({ description: 'The publication version the last check that saw it ran on' })
  foundInVersion!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: Date;
}

export class PublicationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: PUBLICATION_KINDS })
  kind!: PublicationKind;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: String, nullable: true })
  linkUrl!: string | null;

  @ApiProperty({ type: String, nullable: true })
  callToAction!: string | null;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  status!: PublicationStatus;

  @ApiProperty({ description: 'Pass as expectedVersion; every edit adds one and is checked again' })
  version!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'The version the last check looked at' })
  checkedVersion!: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  checkedAt!: Date | null;

  @ApiProperty({ description: 'The last check looked at this version' })
  checkCurrent!: boolean;

  @ApiProperty({ description: 'Findings neither fixed nor accepted' })
  openFindings!: number;

  @ApiProperty({ description: 'In review, checked, nothing open, every case in sharing or later' })
  publishable!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: Date | null;

  @ApiProperty({ type: [PublicationCaseDto] })
  cases!: PublicationCaseDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: Date;
}

export class PublicationDetailDto extends PublicationDto {
  @ApiProperty({
    type: [PublicationFindingDto],
    description: 'Open and accepted findings first, then fixed ones; by field and position',
  })
  findings!: PublicationFindingDto[];
}

export class PublicationPageDto {
  @ApiProperty({ type: [PublicationDto] })
  items!: PublicationDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
