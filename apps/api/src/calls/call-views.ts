// Calls as each audience sees them. The public never sees the audience or progress, and sees a
// case only by its reference and a title an adviser reviewed.
import type { EntityManager } from 'typeorm';
import { CaseEntity, type CallEntity } from '@app/persistence';
import { isAnswerable } from './call-rules';
import type { CallDto, PublicCallDto } from './dto/call-view.dto';

export async function toPublicCallDto(manager: EntityManager, call: CallEntity): Promise<PublicCallDto> {
  const caseRow = call.caseId ? await manager.findOne(CaseEntity, { where: { id: call.caseId } }) : null;
  return {
    id: call.id,
    kind: call.kind,
    question: call.question,
    reason: call.reason,
    channels: call.channels,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    caseReference: caseRow?.reference ?? null,
    caseTitle: caseRow?.titleReviewed ? caseRow.title : null,
    open: isAnswerable(call),
  };
}

export async function toCallDto(manager: EntityManager, call: CallEntity): Promise<CallDto> {
  const [counts] = (await manager.query(
    `SELECT (SELECT count(*) FROM call_invitations WHERE call_id = $1)::int AS invited,
            (SELECT count(*) FROM call_answers WHERE call_id = $1)::int AS answers`,
    [call.id],
  )) as { invited: number; answers: number }[];
  return {
    ...(await toPublicCallDto(manager, call)),
    caseId: call.caseId,
    audienceDomains: call.audienceDomains,
    audienceRegions: call.audienceRegions,
    audienceEveryone: call.audienceEveryone,
    isPublic: call.isPublic,
    status: call.status,
    audienceSize: call.audienceSize,
    invited: counts.invited,
    answers: counts.answers,
    fanoutCompletedAt: call.fanoutCompletedAt,
    publishedAt: call.publishedAt,
    closedAt: call.closedAt,
    version: call.version,
    createdAt: call.createdAt,
  };
}
