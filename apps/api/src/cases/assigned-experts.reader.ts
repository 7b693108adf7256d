import type { EntityManager } from 'typeorm';
import { AnalysisEntity, CaseAssignmentEntity, UserEntity } from '@app/persistence';
import { isOverdue, type AnalysisStatus } from '@app/workflow';
import type { AssignedExpertDto } from './dto/case-view.dto';

interface AssignmentRow {
  assignmentId: string;
  expertId: string | null;
  staffName: string | null;
  externalName: string | null;
  dueOn: string | null;
  status: AnalysisStatus | null;
  submittedAt: Date | null;
}

/** The experts assigned to a case, first assigned first: who, by when and how far, never how to reach them. */
export async function readAssignedExperts(
  manager: EntityManager,
  caseId: string,
): Promise<AssignedExpertDto[]> {
  const rows = await manager
    .createQueryBuilder(CaseAssignmentEntity, 'a')
    .leftJoin(UserEntity, 'u', 'u.id = a.expert_id')
    .leftJoin(AnalysisEntity, 'an', 'an.assignment_id = a.id')
    .select('a.id', 'assignmentId')
    .addSelect('a.expert_id', 'expertId')
    .addSelect('u.display_name', 'staffName')
    .addSelect('a.external_name', 'externalName')
    // As text: the driver would turn a date into a midnight in the server's time zone.
    .addSelect(`to_char(a.due_on, 'YYYY-MM-DD')`, 'dueOn')
    .addSelect('an.status', 'status')
    .addSelect('an.submitted_at', 'submittedAt')
    .where('a.case_id = :caseId', { caseId })
    .orderBy('a.assigned_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getRawMany<AssignmentRow>();
  return rows.map((row) => ({
    assignmentId: row.assignmentId,
    kind: row.expertId ? 'staff' : 'external',
    displayName: (row.expertId ? row.staffName : row.externalName) ?? '',
    dueOn: row.dueOn,
    analysisStatus: row.status ?? 'none',
    submittedAt: row.submittedAt,
    overdue: isOverdue(row.dueOn, row.status === 'submitted'),
  }));
}
