// What a step-3 or step-4 decision rests on, stored in the case history row with the decision, so the
// history shows not only who decided but on what evidence.
import type { EntityManager } from 'typeorm';
import {
  AnalysisEntity,
  CaseEndorsementEntity,
  RecognitionConversationEntity,
  RecognitionTallyEntity,
  type CaseEntity,
} from '@app/persistence';

export async function readDecisionEvidence(
  manager: EntityManager,
  row: CaseEntity,
): Promise<Record<string, unknown> | null> {
  if (row.step === 'recognition') {
    const tally = await manager.findOne(RecognitionTallyEntity, {
      where: { caseId: row.id },
      order: { createdAt: 'DESC' },
    });
    const conversations = await manager.find(RecognitionConversationEntity, {
      where: { caseId: row.id },
      order: { heldOn: 'DESC' },
    });
    return {
      tally: tally
        ? {
            callId: tally.callId,
            recommendation: tally.recommendation,
            respondents: tally.figures.respondents,
            shareRecognising: tally.figures.shareRecognising,
            domainsRecognising: tally.figures.domainsRecognising,
            regionsRecognising: tally.figures.regionsRecognising,
          }
        : null,
      conversations: conversations.map((c) => ({
        heldOn: c.heldOn,
        partners: c.partners,
        outcome: c.outcome,
      })),
      endorsements: await manager.count(CaseEndorsementEntity, { where: { caseId: row.id } }),
    };
  }
  if (row.step === 'deepening') {
    const analyses = await manager.find(AnalysisEntity, { where: { caseId: row.id, status: 'submitted' } });
    return {
      submittedAnalyses: analyses.map((a) => ({
        id: a.id,
        version: a.version,
        proposed: a.proposedHandlingOption,
      })),
      handlingOption: row.handlingOption,
    };
  }
  return null;
}
