// What an expert sees while writing: their assignment, the case (its linked signals' title and text,
// never who sent them) and the analysis so far with its versions.
import type { EntityManager } from 'typeorm';
import {
  AnalysisEntity,
  AnalysisVersionEntity,
  CaseEntity,
  SignalEntity,
  UserEntity,
  type CaseAssignmentEntity,
} from '@app/persistence';
import { CAUSE_AREAS, isOverdue, type CauseArea } from '@app/workflow';
import type { AnalysisContentDto, AnalysisDto, AnalysisWorkspaceDto } from './dto/analysis-view.dto';

export async function readAnalysisWorkspace(
  manager: EntityManager,
  assignment: CaseAssignmentEntity,
  canWrite: boolean,
): Promise<AnalysisWorkspaceDto> {
  const caseRow = await manager.findOneByOrFail(CaseEntity, { id: assignment.caseId });
  const signals = await manager.find(SignalEntity, {
    where: { caseId: caseRow.id },
    select: { id: true, title: true, description: true, linkedAt: true },
    order: { linkedAt: 'ASC', id: 'ASC' },
  });
  const analysis = await readAnalysis(manager, assignment.id);
  return {
    assignment: {
      assignmentId: assignment.id,
      kind: assignment.expertId ? 'staff' : 'external',
      displayName: await expertName(manager, assignment),
      dueOn: assignment.dueOn,
      overdue: isOverdue(assignment.dueOn, analysis.status === 'submitted'),
    },
    case: {
      id: caseRow.id,
      reference: caseRow.reference,
      title: caseRow.title,
      summary: caseRow.summary,
      domains: caseRow.domains,
      step: caseRow.step,
      signals: signals.map((s) => ({ title: s.title, description: s.description })),
    },
    analysis,
    editable: canWrite && caseRow.step === 'deepening',
  };
}

export async function expertName(manager: EntityManager, assignment: CaseAssignmentEntity): Promise<string> {
  if (!assignment.expertId) return assignment.externalName ?? '';
  const user = await manager.findOne(UserEntity, {
    where: { id: assignment.expertId },
    select: { id: true, displayName: true },
  });
  return user?.displayName ?? '';
}

export function contentOf(row: AnalysisEntity): AnalysisContentDto {
  return {
    causeAreas: row.causeAreas,
    rootCauseSummary: row.rootCauseSummary,
    recommendations: row.recommendations,
    proposedHandlingOption: row.proposedHandlingOption,
  };
}

async function readAnalysis(manager: EntityManager, assignmentId: string): Promise<AnalysisDto> {
  const row = await manager.findOne(AnalysisEntity, { where: { assignmentId } });
  if (!row)
    return {
      ...EMPTY_CONTENT(),
      status: 'none',
      version: 0,
      submittedAt: null,
      updatedAt: null,
      versions: [],
    };
  const versions = await manager.find(AnalysisVersionEntity, {
    where: { analysisId: row.id },
    select: { id: true, version: true, status: true, savedAt: true },
    order: { version: 'ASC' },
  });
  return {
    ...contentOf(row),
    status: row.status,
    version: row.version,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    versions: versions.map((v) => ({ version: v.version, status: v.status, savedAt: v.savedAt })),
  };
}

const EMPTY_CONTENT = (): AnalysisContentDto => ({
  causeAreas: Object.fromEntries(
    CAUSE_AREAS.map((area) => [area, { playsRole: null, explanation: '' }]),
  ) as Record<CauseArea, { playsRole: null; explanation: string }>,
  rootCauseSummary: '',
  recommendations: '',
  proposedHandlingOption: null,
});
