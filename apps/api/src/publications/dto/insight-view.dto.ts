import { ApiProperty } from '@nestjs/swagger';
import { PUBLICATION_KINDS, type PublicationKind } from '@app/workflow';

/** A case as the public sees it: its reference and the title an adviser reviewed, nothing more. */
export class InsightCaseDto {
  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;
}

/** A published item: no submitter, no adviser, only what was checked and published. */
export class InsightDto {
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

  @ApiProperty({ format: 'date-time' })
  publishedAt!: Date;

  @ApiProperty({ type: [InsightCaseDto], description: 'Only cases whose title an adviser reviewed' })
  cases!: InsightCaseDto[];
}

export class InsightPageDto {
  @ApiProperty({ type: [InsightDto] })
  items!: InsightDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
