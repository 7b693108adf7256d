// What the API shows of a case's feedback (step 7): to advisers in full (addresses masked), to a
// recipient through their personal link, and to submitters on the tracking page once it was sent.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STEPS,
  FEEDBACK_DELIVERY_STATUSES,
  FEEDBACK_MESSAGE_STATUSES,
  FEEDBACK_RECIPIENT_KINDS,
  HELPFULNESS,
  LOCALES,
  type CaseStep,
  type FeedbackDeliveryStatus,
  type FeedbackMessageStatus,
  type FeedbackRecipientKind,
  type Helpfulness,
  type Locale,
} from '@app/workflow';

/** The three answers of step 7 in one language. */
export class FeedbackTextsDto {
  @ApiProperty({ description: 'What happened with the signal' })
  whatHappened!: string;

  @ApiProperty({ description: 'Which steps were taken; lines starting with "- " are a list' })
  stepsTaken!: string;

  @ApiProperty({ description: 'What the agenda-setting achieved' })
  achieved!: string;
}

export class FeedbackMessageDto {
  @ApiProperty({ type: FeedbackTextsDto })
  nl!: FeedbackTextsDto;

  @ApiProperty({ type: FeedbackTextsDto })
  en!: FeedbackTextsDto;
}

export class FeedbackCountsDto {
  @ApiProperty()
  total!: number;

  @ApiProperty()
  pending!: number;

  @ApiProperty()
  sent!: number;

  @ApiProperty()
  undeliverable!: number;
}

export class HelpfulnessCountsDto {
  @ApiProperty()
  yes!: number;

  @ApiProperty()
  partly!: number;

  @ApiProperty()
  no!: number;
}

export class FeedbackCommentDto {
  @ApiProperty({ enum: HELPFULNESS })
  helped!: Helpfulness;

  @ApiProperty()
  comment!: string;

  @ApiProperty()
  respondedAt!: Date;
}

export class FeedbackRecipientDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: FEEDBACK_RECIPIENT_KINDS })
  kind!: FeedbackRecipientKind;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Masked, e.g. j***@school.nl; null when there is no address',
    example: 'j***@school.nl',
  })
  email!: string | null;

  @ApiProperty({ enum: LOCALES })
  locale!: Locale;

  @ApiProperty({ enum: FEEDBACK_DELIVERY_STATUSES })
  status!: FeedbackDeliveryStatus;

  @ApiPropertyOptional({ type: String, nullable: true })
  undeliverableReason!: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  deliveredAt!: Date | null;

  @ApiPropertyOptional({ enum: HELPFULNESS, nullable: true })
  helped!: Helpfulness | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  responseComment!: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  respondedAt!: Date | null;
}

export class FeedbackViewDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'KP-2026-0042' })
  reference!: string;

  @ApiProperty()
  caseTitle!: string;

  @ApiProperty({ enum: CASE_STEPS })
  caseStep!: CaseStep;

  @ApiProperty({ enum: FEEDBACK_MESSAGE_STATUSES, description: 'draft, sending (mails going out), sent' })
  status!: FeedbackMessageStatus;

  @ApiProperty({ description: 'Send it back as expectedVersion when editing or sending' })
  version!: number;

  @ApiProperty()
  preparedAt!: Date;

  @ApiPropertyOptional({ type: Date, nullable: true })
  sentAt!: Date | null;

  @ApiProperty({ type: FeedbackMessageDto })
  message!: FeedbackMessageDto;

  @ApiProperty({ type: FeedbackCountsDto })
  counts!: FeedbackCountsDto;

  @ApiProperty({ type: HelpfulnessCountsDto, description: 'The answers to "did this help?"' })
  helpfulness!: HelpfulnessCountsDto;

  @ApiProperty({ type: [FeedbackCommentDto], description: 'The latest comments with an answer (up to 50)' })
  comments!: FeedbackCommentDto[];

  @ApiProperty({ type: [FeedbackRecipientDto], description: 'One page of recipients, newest first' })
  recipients!: FeedbackRecipientDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  recipientsNextCursor!: string | null;
}

export class FeedbackPreviewDto {
  @ApiProperty({ enum: LOCALES })
  locale!: Locale;

  @ApiProperty({ enum: FEEDBACK_RECIPIENT_KINDS })
  kind!: FeedbackRecipientKind;

  @ApiProperty()
  subject!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty()
  html!: string;
}

export class FeedbackAttentionDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: CASE_STEPS })
  step!: CaseStep;

  @ApiProperty({ description: 'Send it back as expectedVersion when reopening' })
  version!: number;

  @ApiProperty({ type: HelpfulnessCountsDto })
  helpfulness!: HelpfulnessCountsDto;

  @ApiProperty()
  lastNoAt!: Date;

  @ApiProperty({ type: [String], description: 'The latest comments given with "no" (up to 5)' })
  noComments!: string[];

  @ApiProperty({
    description: 'True when the case is closed: reopen it (closed → recognition, with a reason)',
  })
  canReopen!: boolean;

  @ApiProperty({ description: 'What to consider, in your language' })
  suggestion!: string;
}

/** What a recipient sees through their personal "did this help?" link. */
export class PublicFeedbackDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: "The case's public title" })
  caseTitle!: string | null;

  @ApiPropertyOptional({ enum: HELPFULNESS, nullable: true, description: 'Your answer so far' })
  helped!: Helpfulness | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  comment!: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  respondedAt!: Date | null;
}

/** The feedback as the tracking page shows it, in the signal's language, once it was sent. */
export class SentFeedbackDto {
  @ApiProperty({ enum: LOCALES })
  locale!: Locale;

  @ApiProperty()
  sentAt!: Date;

  @ApiProperty()
  whatHappened!: string;

  @ApiProperty()
  stepsTaken!: string;

  @ApiProperty()
  achieved!: string;
}
