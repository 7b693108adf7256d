// Who reaches which assignment: a staff expert their own, advisers and admins any, an external expert
// the one their private link names while it is valid. Anything else answers exactly like an unknown id.
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError, hashSecretToken, isWellFormedSecretToken } from '@app/core';
import { CaseAssignmentEntity } from '@app/persistence';
import type { CaseViewer } from '../cases/case-visibility';

export async function findAssignmentFor(
  manager: EntityManager,
  assignmentId: string,
  viewer: CaseViewer,
): Promise<CaseAssignmentEntity> {
  const qb = manager
    .createQueryBuilder(CaseAssignmentEntity, 'a')
    .where('a.id = :assignmentId', { assignmentId });
  if (viewer.role === 'expert') qb.andWhere('a.expert_id = :viewerId', { viewerId: viewer.id });
  else if (viewer.role !== 'adviser' && viewer.role !== 'admin') qb.andWhere('FALSE');
  const row = await qb.getOne();
  if (!row) throw new NotFoundError('Assignment', assignmentId);
  return row;
}

/** Unknown, malformed and expired links get one answer, like the tracking link's. */
export async function findAssignmentByLink(
  manager: EntityManager,
  token: string,
): Promise<CaseAssignmentEntity> {
  const row = isWellFormedSecretToken(token)
    ? await manager
        .createQueryBuilder(CaseAssignmentEntity, 'a')
        .where('a.access_token_hash = :hash', { hash: hashSecretToken(token) })
        .andWhere('a.expert_id IS NULL')
        .andWhere('a.access_expires_at > now()')
        .getOne()
    : null;
  if (!row) {
    throw new DomainError('not_found', {
      nl: 'Deze expertlink kennen we niet, of hij is verlopen. Vraag de netwerkadviseur om een nieuwe link.',
      en: 'This expert link is not known, or it has expired. Ask the network adviser for a new link.',
    });
  }
  return row;
}
