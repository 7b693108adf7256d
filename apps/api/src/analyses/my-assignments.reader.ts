import type { EntityManager } from 'typeorm';
import { AnalysisEntity, CaseAssignmentEntity, CaseEntity } from '@app/persistence';
import { isOverdue, type AnalysisStatus, type CaseStep } from '@app/workflow';
import type { MyAssignmentDto } from './dto/my-assignment.dto';

interface Row {
  assignmentId: string;
  caseId: string;
  reference: string;
  title: string;
  step: CaseStep;
  dueOn: string | null;
  status: AnalysisStatus | null;
}

/** A staff expert's assigned cases, soonest due first (those without a due date last). */
export async function readMyAssignments(
  manager: EntityManager,
  expertId: string,
): Promise<MyAssignmentDto[]> {
  const rows = await manager
    .createQueryBuilder(CaseAssignmentEntity, 'a')
    .innerJoin(CaseEntity, 'c', 'c.id = a.case_id')
    .leftJoin(AnalysisEntity, 'an', 'an.assignment_id = a.id')
    .select('a.id', 'assignmentId')
    .addSelect('c.id', 'caseId')
    .addSelect('c.reference', 'reference')
    .addSelect('c.title', 'title')
    .addSelect('c.step', 'step')
    .addSelect(`to_char(a.due_on, 'YYYY-MM-DD')`, 'dueOn')
    .addSelect('an.status', 'status')
    .where('a.expert_id = :expertId', { expertId })
    .orderBy('a.due_on', 'ASC', 'NULLS LAST')
    .addOrderBy('a.assigned_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getRawMany<Row>();
  return rows.map((row) => ({
    assignmentId: row.assignmentId,
    caseId: row.caseId,
    reference: row.reference,
    title: row.title,
    step: row.step,
    dueOn: row.dueOn,
    analysisStatus: row.status ?? 'none',
    overdue: isOverdue(row.dueOn, row.status === 'submitted'),
  }));
}
