import type { EntityManager } from 'typeorm';
import { CaseAssignmentEntity } from '@app/persistence';
import type { AssignedExpertDto } from './dto/case-view.dto';

/** The experts assigned to a case, first assigned first: only who they are, never how to reach them. */
export async function readAssignedExperts(
  manager: EntityManager,
  caseId: string,
): Promise<AssignedExpertDto[]> {
  const rows = await manager
    .createQueryBuilder(CaseAssignmentEntity, 'a')
    .innerJoin('a.expert', 'u')
    .select('u.id', 'id')
    .addSelect('u.display_name', 'displayName')
    .where('a.case_id = :caseId', { caseId })
    .orderBy('a.assigned_at', 'ASC')
    .addOrderBy('u.id', 'ASC')
    .getRawMany<AssignedExpertDto>();
  return rows.map(({ id, displayName }) => ({ id, displayName }));
}
