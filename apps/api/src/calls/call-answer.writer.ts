// Records one respondent's answer to a call: one per respondent per call, a second one replaces the
// first (the unique respondent key makes that one statement, also when two arrive at once).
import type { EntityManager } from 'typeorm';
import { CallAnswerEntity } from '@app/persistence';
import type { CallAnswerDto } from './dto/call-answer.dto';

export type Respondent = { kind: 'member'; userId: string } | { kind: 'email'; email: string };

export function respondentKey(respondent: Respondent): string {
  return respondent.kind === 'member'
    ? `user:${respondent.userId}`
    : `email:${respondent.email.toLowerCase()}`;
}

const ANSWER_COLUMNS = [
  'recognition',
  'urgency',
  'needed',
  'comment',
  'domain',
  'region',
  'organisation_type',
  'organisation',
  'consent_publication',
  'answered_at',
];

export async function writeCallAnswer(
  manager: EntityManager,
  callId: string,
  respondent: Respondent,
  answer: CallAnswerDto,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(CallAnswerEntity)
    .values({
      callId,
      respondentKey: respondentKey(respondent),
      userId: respondent.kind === 'member' ? respondent.userId : null,
      email: respondent.kind === 'email' ? respondent.email.toLowerCase() : null,
      recognition: answer.recognition,
      urgency: answer.urgency,
      needed: answer.needed,
      comment: answer.comment ?? null,
      domain: answer.domain,
      region: answer.region,
      organisationType: answer.organisationType,
      organisation: answer.organisation ?? null,
      consentPublication: answer.consentPublication ?? false,
      answeredAt: new Date(),
    })
    .orUpdate(ANSWER_COLUMNS, ['call_id', 'respondent_key'])
    .execute();
}

/** The fields of a stored answer, as the respondent gave them. */
export function answerFields(row: CallAnswerEntity): CallAnswerDto & { answeredAt: Date } {
  return {
    recognition: row.recognition,
    urgency: row.urgency,
    needed: row.needed,
    comment: row.comment ?? undefined,
    domain: row.domain,
    region: row.region,
    organisationType: row.organisationType,
    organisation: row.organisation ?? undefined,
    consentPublication: row.consentPublication,
    answeredAt: row.answeredAt,
  };
}
