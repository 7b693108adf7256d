// Gathers what the transition guards need to know about a case.
import { In, type EntityManager } from 'typeorm';
import type { AgendaStatus, CaseFacts } from '@app/workflow';
import { AgendaItemEntity, AnalysisEntity, type CaseEntity } from '@app/persistence';

/** Statuses of an agenda item that has no outcome yet. */
const WITHOUT_OUTCOME: readonly AgendaStatus[] = ['proposed', 'submitted', 'scheduled', 'discussed'];

/**
 * Feedback deliveries (step 7) are counted by the feedback service once it exists; until then a case has
 * none, so the guard that needs them blocks, as the domain says it should.
 */
export async function readCaseFacts(manager: EntityManager, row: CaseEntity): Promise<CaseFacts> {
  return {
    handlingOption: row.handlingOption,
    submittedAnalyses: await manager.count(AnalysisEntity, {
      where: { caseId: row.id, status: 'submitted' },
    }),
    agendaItems: await manager.count(AgendaItemEntity, { where: { caseId: row.id } }),
    agendaItemsWithoutOutcome: await manager.count(AgendaItemEntity, {
      where: { caseId: row.id, status: In([...WITHOUT_OUTCOME]) },
    }),
    feedbackRecipientsPending: 0,
    feedbackPrepared: false,
  };
}
