import { In, type EntityManager } from 'typeorm';
import { AnalysisEntity, CaseAssignmentEntity, UserEntity } from '@app/persistence';
import type { CaseViewer } from '../cases/case-visibility';
import { contentOf } from './analysis-workspace.reader';
import type { CaseAnalysisDto } from './dto/case-analysis.dto';

/**
 * The analyses of a case, in the order the experts were assigned. Advisers and admins see drafts too;
 * an expert sees the submitted ones and their own (a colleague's draft is not theirs to read).
 */
export async function readCaseAnalyses(
  manager: EntityManager,
  caseId: string,
  viewer: CaseViewer,
): Promise<CaseAnalysisDto[]> {
  const qb = manager
    .createQueryBuilder(AnalysisEntity, 'an')
    .innerJoinAndSelect('an.assignment', 'a')
    .where('an.case_id = :caseId', { caseId })
    .orderBy('a.assigned_at', 'ASC')
    .addOrderBy('a.id', 'ASC');
  if (viewer.role === 'expert') {
    qb.andWhere(`(an.status = 'submitted' OR a.expert_id = :viewerId)`, { viewerId: viewer.id });
  }
  const rows = await qb.getMany();
  const staffIds = rows.flatMap((row) => (row.assignment?.expertId ? [row.assignment.expertId] : []));
  const staff = staffIds.length
    ? await manager.find(UserEntity, { where: { id: In(staffIds) }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(staff.map((user) => [user.id, user.displayName]));
  return rows.map((row) => {
    const assignment = row.assignment as CaseAssignmentEntity;
    return {
      ...contentOf(row),
      analysisId: row.id,
      assignmentId: row.assignmentId,
      authorKind: assignment.expertId ? 'staff' : 'external',
      authorName: assignment.expertId
        ? (names.get(assignment.expertId) ?? '')
        : (assignment.externalName ?? ''),
      status: row.status,
      version: row.version,
      submittedAt: row.submittedAt,
      updatedAt: row.updatedAt,
    };
  });
}
