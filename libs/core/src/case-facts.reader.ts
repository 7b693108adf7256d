// Gathers what the transition guards need to know about a case.
import { In, type EntityManager } from 'typeorm';
import type { AgendaStatus, CaseFacts } from '@app/workflow';
import {
  AgendaItemEntity,
  AnalysisEntity,
  FeedbackMessageEntity,
  FeedbackRecipientEntity,
  type CaseEntity,
} from '@app/persistence';

/** Statuses of an agenda item that has no outcome yet. */
const WITHOUT_OUTCOME: readonly AgendaStatus[] = ['proposed', 'submitted', 'scheduled', 'discussed'];

/**
 * Feedback (step 7) is prepared once its message went out (status 'sent': every recipient has a mail);
 * a recipient is pending until their mail is delivered or they are recorded as unreachable.
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
    feedbackRecipientsPending: await manager.count(FeedbackRecipientEntity, {
      where: { caseId: row.id, status: 'pending' },
    }),
    feedbackPrepared: await manager.exists(FeedbackMessageEntity, {
      where: { caseId: row.id, status: 'sent' },
    }),
  };
}
