import type { EntityManager } from 'typeorm';
import { StepHistoryEntity } from '@app/persistence';
import type { HistoryEntryDto } from './dto/history-entry.dto';

/** The full step history of a signal or case, oldest first. */
export async function readHistory(
  manager: EntityManager,
  subjectType: 'signal' | 'case',
  subjectId: string,
): Promise<HistoryEntryDto[]> {
  const rows = await manager.find(StepHistoryEntity, {
    where: { subjectType, subjectId },
    order: { id: 'ASC' },
  });
  return rows.map((row) => ({
    from: row.fromStep,
    to: row.toStep,
    action: row.action,
    actorRole: row.actorRole,
    actorId: row.actorId,
    reason: row.reason,
    evidence: row.evidence,
    at: row.createdAt,
  }));
}
