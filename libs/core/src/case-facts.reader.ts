// Gathers what the transition guards need to know about a case.
import type { EntityManager } from 'typeorm';
import type { CaseFacts } from '@app/workflow';
import { AnalysisEntity, type CaseEntity } from '@app/persistence';

/**
 * Agenda items (step 6) and feedback deliveries (step 7) get their tables with the issue that builds
 * those steps; until then a case truly has none of them, so those counts are zero and the guards that
 * need them block, as the domain says they should.
 */
export async function readCaseFacts(manager: EntityManager, row: CaseEntity): Promise<CaseFacts> {
  return {
    handlingOption: row.handlingOption,
    submittedAnalyses: await manager.count(AnalysisEntity, {
      where: { caseId: row.id, status: 'submitted' },
    }),
    agendaItems: 0,
    agendaItemsWithoutOutcome: 0,
    feedbackRecipientsPending: 0,
    feedbackPrepared: false,
  };
}
