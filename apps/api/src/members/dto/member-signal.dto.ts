import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SIGNAL_KINDS, type SignalKind } from '@app/workflow';
import { TrackingViewDto } from '../../tracking/tracking-view.dto';

/** One of my signals in a list: where it is, in the words the tracking page uses. */
export class MemberSignalSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'SR-2026-000123' })
  reference!: string;

  @ApiProperty({ enum: SIGNAL_KINDS })
  kind!: SignalKind;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'Where the signal is now, in plain words' })
  status!: string;

  @ApiProperty()
  statusExplanation!: string;

  @ApiProperty({ enum: ['open', 'closed', 'archived'] })
  state!: 'open' | 'closed' | 'archived';

  @ApiProperty()
  createdAt!: Date;
}

export class MemberSignalPageDto {
  @ApiProperty({ type: [MemberSignalSummaryDto] })
  items!: MemberSignalSummaryDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

/** One of my signals in full: the tracking page's view, plus its id. */
export class MemberSignalDetailDto extends TrackingViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}
