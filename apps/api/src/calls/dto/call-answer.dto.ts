import { ApiProperty } from '@nestjs/swagger';
import {
  DOMAINS,
  ORGANISATION_TYPES,
  RECOGNITION_ANSWERS,
  URGENCIES,
  type Domain,
  type OrganisationType,
  type RecognitionAnswer,
  type Urgency,
} from '@app/workflow';
import { BooleanField, CodeField, EmailField, TextField } from '../../common/fields.decorator';

/** An answer to a targeted call: recognition, urgency, what is needed, and who answers (not by name). */
export class CallAnswerDto {
  @CodeField(RECOGNITION_ANSWERS, { description: 'Do you recognise the bottleneck?' })
  recognition!: RecognitionAnswer;

  @CodeField(URGENCIES, { description: 'How urgent is it?' })
  urgency!: Urgency;

  @TextField({ description: 'What is needed to act on it?', min: 3, max: 2000 })
  needed!: string;

  @TextField({ description: 'Anything else', max: 2000, optional: true })
  comment?: string;

  @CodeField(DOMAINS, { description: "The respondent's domain" })
  domain!: Domain;

  @TextField({ description: "The respondent's municipality or region, or landelijk", min: 2, max: 100 })
  region!: string;

  @CodeField(ORGANISATION_TYPES, { description: 'The kind of organisation the respondent works for' })
  organisationType!: OrganisationType;

  @TextField({ description: "The respondent's organisation", max: 200, optional: true })
  organisation?: string;

  @BooleanField({
    description: 'May the answer be quoted, anonymised, in what the network shares?',
    optional: true,
  })
  consentPublication?: boolean;
}

/** An answer on the public page: without a member session an e-mail address is needed to confirm it. */
export class PublicCallAnswerDto extends CallAnswerDto {
  @EmailField({
    description: 'Needed unless you are signed in as a member: the answer counts once confirmed',
    optional: true,
  })
  email?: string;
}

export const ANSWER_OUTCOMES = ['recorded', 'confirmation_sent'] as const;

export class AnswerOutcomeDto {
  @ApiProperty({
    enum: ANSWER_OUTCOMES,
    description: 'recorded: the answer counts; confirmation_sent: it counts once the e-mail link is used',
  })
  status!: (typeof ANSWER_OUTCOMES)[number];
}

export class ConfirmAnswerDto {
  @TextField({ description: 'The token from the confirmation link', min: 10, max: 200 })
  token!: string;
}

/** A respondent's own answer, as shown back to them. */
export class OwnAnswerDto extends CallAnswerDto {
  @ApiProperty({ format: 'date-time' })
  answeredAt!: Date;
}
