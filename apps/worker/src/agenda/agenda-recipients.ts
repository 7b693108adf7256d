// Who hears about an agenda item: the active liaisons of its table, and (for a stalled item, or when the
// table has no liaison) the adviser who put it on the agenda or opened the case.
import type { EntityManager } from 'typeorm';
import { UserEntity, type AgendaItemEntity, type CaseEntity } from '@app/persistence';
import { findAdviser } from '../deepening/adviser-recipient';

export async function findTableLiaisons(manager: EntityManager, tableId: string): Promise<UserEntity[]> {
  return manager
    .createQueryBuilder(UserEntity, 'u')
    .innerJoin('table_liaisons', 'tl', 'tl.user_id = u.id AND tl.table_id = :tableId', { tableId })
    .where("u.active AND u.role = 'liaison'")
    .orderBy('u.id')
    .getMany();
}

/**
 * The liaisons; with `adviser: 'also'` the adviser too, with `adviser: 'if_no_liaison'` only when the
 * table has no active liaison (someone must record what happened).
 */
export async function agendaRecipients(
  manager: EntityManager,
  item: AgendaItemEntity,
  caseRow: CaseEntity,
  adviser: 'also' | 'if_no_liaison',
): Promise<UserEntity[]> {
  const liaisons = await findTableLiaisons(manager, item.tableId);
  if (adviser === 'if_no_liaison' && liaisons.length > 0) return liaisons;
  const found = await findAdviser(manager, [item.createdById, caseRow.createdById]);
  return found && !liaisons.some((user) => user.id === found.id) ? [...liaisons, found] : liaisons;
}
