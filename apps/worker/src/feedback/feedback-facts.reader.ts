// Gathers what the first draft of a case's feedback tells: the case's way through the steps, its
// recognition, analyses, publications and agenda items. Reads only; names nobody.
import type { EntityManager } from 'typeorm';
import {
  AnalysisEntity,
  CaseEndorsementEntity,
  RecognitionConversationEntity,
  RecognitionTallyEntity,
  SignalEntity,
  type CaseEntity,
} from '@app/persistence';
import type { AgendaOutcome, AgendaStatus, PublicationKind } from '@app/workflow';
import type { FeedbackFacts } from './feedback-text';

const REACHED_STEPS = ['deepening', 'sharing', 'agenda', 'feedback'] as const;

export async function readFeedbackFacts(manager: EntityManager, row: CaseEntity): Promise<FeedbackFacts> {
  const tally = await manager.findOne(RecognitionTallyEntity, {
    where: { caseId: row.id },
    order: { createdAt: 'DESC' },
  });
  const reachedRows = (await manager.query(
    `SELECT to_step, min(created_at) AS at FROM step_history
      WHERE subject_type = 'case' AND subject_id = $1 AND to_step = ANY($2::text[])
      GROUP BY to_step`,
    [row.id, [...REACHED_STEPS]],
  )) as { to_step: (typeof REACHED_STEPS)[number]; at: Date }[];
  const publications = (await manager.query(
    `SELECT p.kind, p.title, p.published_at FROM publications p
       JOIN publication_cases pc ON pc.publication_id = p.id
      WHERE pc.case_id = $1 AND p.status = 'published'
      ORDER BY p.published_at, p.id`,
    [row.id],
  )) as { kind: PublicationKind; title: string; published_at: Date | null }[];
  const agendaItems = (await manager.query(
    `SELECT t.name, a.status, a.outcome, a.outcome_note FROM agenda_items a
       JOIN national_tables t ON t.id = a.table_id
      WHERE a.case_id = $1
      ORDER BY a.created_at, a.id`,
    [row.id],
  )) as { name: string; status: AgendaStatus; outcome: AgendaOutcome | null; outcome_note: string | null }[];

  return {
    caseTitle: row.titleReviewed ? row.title : null,
    signalCount: await manager.count(SignalEntity, { where: { caseId: row.id } }),
    tally: tally
      ? {
          respondents: tally.figures.respondents,
          recognising: tally.figures.recognised + tally.figures.partly,
        }
      : null,
    endorsements: await manager.count(CaseEndorsementEntity, { where: { caseId: row.id } }),
    conversations: await manager.count(RecognitionConversationEntity, { where: { caseId: row.id } }),
    handlingOption: row.handlingOption,
    reached: Object.fromEntries(reachedRows.map((r) => [r.to_step, r.at])),
    submittedAnalyses: await manager.count(AnalysisEntity, {
      where: { caseId: row.id, status: 'submitted' },
    }),
    publications: publications.map((p) => ({ kind: p.kind, title: p.title, publishedAt: p.published_at })),
    agendaItems: agendaItems.map((a) => ({
      table: a.name,
      status: a.status,
      outcome: a.outcome,
      outcomeNote: a.outcome_note,
    })),
  };
}
