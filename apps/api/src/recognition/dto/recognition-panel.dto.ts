import { ApiProperty } from '@nestjs/swagger';
import {
  DOMAINS,
  ORGANISATION_TYPES,
  RECOGNITION_ANSWERS,
  RECOGNITION_RECOMMENDATIONS,
  URGENCIES,
} from '@app/workflow';
import type {
  Domain,
  OrganisationType,
  RecognitionAnswer,
  RecognitionRecommendation,
  Urgency,
} from '@app/workflow';
import { CallDto } from '../../calls/dto/call-view.dto';

export class NeedsThemeDto {
  @ApiProperty()
  term!: string;

  @ApiProperty({ description: 'How many answers name it' })
  answers!: number;
}

export class UrgencySpreadDto {
  @ApiProperty()
  low!: number;

  @ApiProperty()
  medium!: number;

  @ApiProperty()
  high!: number;
}

export class RecognitionFiguresDto {
  @ApiProperty()
  respondents!: number;

  @ApiProperty()
  recognised!: number;

  @ApiProperty()
  partly!: number;

  @ApiProperty()
  notRecognised!: number;

  @ApiProperty({ description: '"I recognise this" from members outside the call' })
  endorsements!: number;

  @ApiProperty({ description: 'Share recognising fully or partly, 0..1' })
  shareRecognising!: number;

  @ApiProperty()
  domainsRecognising!: number;

  @ApiProperty()
  regionsRecognising!: number;

  @ApiProperty()
  organisationsRecognising!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Recognising, per domain',
  })
  byDomain!: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Recognising, per region',
  })
  byRegion!: Record<string, number>;

  @ApiProperty({ type: UrgencySpreadDto })
  urgency!: UrgencySpreadDto;

  @ApiProperty({ type: [NeedsThemeDto], description: 'Recurring words in "what is needed"' })
  needsThemes!: NeedsThemeDto[];
}

export class RecognitionThresholdsDto {
  @ApiProperty({ minimum: 1, maximum: 10000 })
  minRespondents!: number;

  @ApiProperty({ minimum: 0, maximum: 1 })
  broadShare!: number;

  @ApiProperty({ minimum: 1, maximum: 6 })
  broadMinDomains!: number;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  broadMinRegions!: number;

  @ApiProperty({ minimum: 0, maximum: 1 })
  partialShare!: number;
}

export class RecognitionTallyDto {
  @ApiProperty({ format: 'uuid' })
  callId!: string;

  @ApiProperty({ type: RecognitionFiguresDto })
  figures!: RecognitionFiguresDto;

  @ApiProperty({ enum: RECOGNITION_RECOMMENDATIONS })
  recommendation!: RecognitionRecommendation;

  @ApiProperty({ type: RecognitionThresholdsDto, description: 'The thresholds the recommendation used' })
  thresholds!: RecognitionThresholdsDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: Date;
}

/** One answer as staff see it: what was said and from which corner, never who (no name or e-mail). */
export class RecognitionAnswerViewDto {
  @ApiProperty({ format: 'uuid' })
  callId!: string;

  @ApiProperty({ enum: RECOGNITION_ANSWERS })
  recognition!: RecognitionAnswer;

  @ApiProperty({ enum: URGENCIES })
  urgency!: Urgency;

  @ApiProperty()
  needed!: string;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

  @ApiProperty({ enum: DOMAINS })
  domain!: Domain;

  @ApiProperty()
  region!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  organisationType!: OrganisationType;

  @ApiProperty({ type: String, nullable: true })
  organisation!: string | null;

  @ApiProperty({ description: 'A member account answered (else a confirmed e-mail address)' })
  byMember!: boolean;

  @ApiProperty()
  consentPublication!: boolean;

  @ApiProperty({ format: 'date-time' })
  answeredAt!: Date;
}

export class RecognitionConversationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  partners!: string;

  @ApiProperty({ format: 'date' })
  heldOn!: string;

  @ApiProperty({ enum: RECOGNITION_ANSWERS })
  outcome!: RecognitionAnswer;

  @ApiProperty()
  notes!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: Date;
}

export class LiveRecognitionDto {
  @ApiProperty({ format: 'uuid' })
  callId!: string;

  @ApiProperty({ type: RecognitionFiguresDto, description: 'The figures so far, while the call is open' })
  figures!: RecognitionFiguresDto;

  @ApiProperty({ enum: RECOGNITION_RECOMMENDATIONS, description: 'What the tally would say now' })
  recommendation!: RecognitionRecommendation;
}

/** Everything the adviser weighs in step 3, on the case page. */
export class RecognitionPanelDto {
  @ApiProperty({ type: [CallDto], description: 'The targeted calls about this case, newest first' })
  calls!: CallDto[];

  @ApiProperty({ type: [RecognitionAnswerViewDto], description: 'Answers to those calls, newest first' })
  answers!: RecognitionAnswerViewDto[];

  @ApiProperty({ type: [LiveRecognitionDto], description: 'Figures of calls still open' })
  live!: LiveRecognitionDto[];

  @ApiProperty({ type: [RecognitionTallyDto], description: 'Tallies of closed calls, newest first' })
  tallies!: RecognitionTallyDto[];

  @ApiProperty({ type: [RecognitionConversationDto] })
  conversations!: RecognitionConversationDto[];

  @ApiProperty({ description: '"I recognise this" from members, without a call' })
  endorsements!: number;
}
