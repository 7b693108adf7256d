// What advisers and recipients send about feedback (step 7). Validation and Swagger from one decorator.
import {
  FEEDBACK_DELIVERY_STATUSES,
  FEEDBACK_RECIPIENT_KINDS,
  HELPFULNESS,
  LOCALES,
  type FeedbackDeliveryStatus,
  type FeedbackRecipientKind,
  type Helpfulness,
  type Locale,
} from '@app/workflow';
import { CodeField, IntField, TextField } from '../../common/fields.decorator';

const TEXT_MAX = 5000;

const expectedVersion = () =>
  IntField({
    description: 'The feedback version you saw (409 when it changed meanwhile)',
    min: 1,
    max: 2_147_483_647,
  });

/** The adviser's edit of the three texts, in either language; only what is sent changes. */
export class UpdateFeedbackDto {
  @expectedVersion()
  expectedVersion!: number;

  @TextField({ description: 'What happened with the signal (Dutch)', max: TEXT_MAX, min: 1, optional: true })
  whatHappenedNl?: string;

  @TextField({
    description: 'What happened with the signal (English)',
    max: TEXT_MAX,
    min: 1,
    optional: true,
  })
  whatHappenedEn?: string;

  @TextField({
    description: 'Which steps were taken (Dutch); lines starting with "- " become a list',
    max: TEXT_MAX,
    min: 1,
    optional: true,
  })
  stepsTakenNl?: string;

  @TextField({ description: 'Which steps were taken (English)', max: TEXT_MAX, min: 1, optional: true })
  stepsTakenEn?: string;

  @TextField({
    description: 'What the agenda-setting achieved (Dutch)',
    max: TEXT_MAX,
    min: 1,
    optional: true,
  })
  achievedNl?: string;

  @TextField({
    description: 'What the agenda-setting achieved (English)',
    max: TEXT_MAX,
    min: 1,
    optional: true,
  })
  achievedEn?: string;
}

export class SendFeedbackDto {
  @expectedVersion()
  expectedVersion!: number;
}

export class UndeliverableRecipientDto {
  @TextField({ description: 'Why the feedback cannot reach this person', max: 500, min: 1 })
  reason!: string;
}

export class FeedbackQuery {
  @CodeField(FEEDBACK_DELIVERY_STATUSES, { description: 'Only recipients with this status', optional: true })
  status?: FeedbackDeliveryStatus;

  @IntField({ description: 'Recipients per page (default 100)', min: 1, max: 500, optional: true })
  limit?: number;

  @TextField({ description: 'From the previous page (recipientsNextCursor)', max: 200, optional: true })
  cursor?: string;
}

export class FeedbackPreviewQuery {
  @CodeField(LOCALES, { description: 'The language of the mail (default nl)', optional: true })
  locale?: Locale;

  @CodeField(FEEDBACK_RECIPIENT_KINDS, {
    description: 'The kind of recipient the mail is for (default submitter)',
    optional: true,
  })
  kind?: FeedbackRecipientKind;
}

/** The recipient's answer to "did this help?"; a second answer replaces the first. */
export class FeedbackAnswerDto {
  @CodeField(HELPFULNESS, { description: 'Did the feedback help?' })
  helped!: Helpfulness;

  @TextField({ description: 'Anything you want to add', max: 2000, optional: true })
  comment?: string;
}

export class FeedbackProgressSettingsDto {
  @IntField({
    description:
      'While a case waits at a national table, its submitters hear how it stands every this many weeks',
    min: 1,
    max: 52,
  })
  intervalWeeks!: number;
}
