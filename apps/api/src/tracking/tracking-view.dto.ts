import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROUTE_STEPS } from '@app/workflow';
import { SentFeedbackDto } from '../feedback/dto/feedback-view.dto';

export class RouteStepDto {
  @ApiProperty({ enum: ROUTE_STEPS })
  step!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  explanation!: string;

  @ApiProperty({ enum: ['done', 'current', 'upcoming'] })
  state!: 'done' | 'current' | 'upcoming';
}

export class PublicHistoryEntryDto {
  @ApiProperty({ description: 'The step it reached, in plain words' })
  name!: string;

  @ApiProperty()
  at!: Date;
}

export class TrackingViewDto {
  @ApiProperty({ example: 'SR-2026-000123' })
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  submittedAt!: Date;

  @ApiProperty({ description: 'Where the signal is now, in plain words' })
  status!: string;

  @ApiProperty()
  statusExplanation!: string;

  @ApiProperty({ enum: ['open', 'closed', 'archived'] })
  state!: 'open' | 'closed' | 'archived';

  @ApiProperty({ type: [RouteStepDto] })
  steps!: RouteStepDto[];

  @ApiProperty({ type: [PublicHistoryEntryDto] })
  history!: PublicHistoryEntryDto[];

  @ApiPropertyOptional({
    type: SentFeedbackDto,
    nullable: true,
    description: "The feedback on the signal's case once it was sent, in the signal's language",
  })
  feedback!: SentFeedbackDto | null;
}
