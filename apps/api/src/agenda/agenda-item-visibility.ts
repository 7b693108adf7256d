// Who sees which agenda item: advisers and admins every item, a liaison only the items at their own
// tables. An item the caller may not see answers 404, exactly like one that does not exist.
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@app/core';
import { AgendaItemEntity } from '@app/persistence';
import type { CaseViewer } from '../cases/case-visibility';

/** Narrows a query on agenda items (under `alias`) to the items the viewer may see. */
export function restrictToVisibleItems<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  viewer: CaseViewer,
): SelectQueryBuilder<T> {
  switch (viewer.role) {
    case 'adviser':
    case 'admin':
      return qb;
    case 'liaison':
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM table_liaisons visible_l WHERE visible_l.table_id = ${alias}.table_id AND visible_l.user_id = :visibleLiaisonId)`,
        { visibleLiaisonId: viewer.id },
      );
    case 'expert':
    case 'member':
      return qb.andWhere('FALSE');
  }
}

/** The item, if the viewer may see it; with `lock` it is locked for update first. */
export async function findVisibleItem(
  manager: EntityManager,
  id: string,
  viewer: CaseViewer,
  options: { lock?: boolean } = {},
): Promise<AgendaItemEntity> {
  const qb = manager.createQueryBuilder(AgendaItemEntity, 'i').where('i.id = :id', { id });
  if (options.lock) qb.setLock('pessimistic_write');
  const row = await restrictToVisibleItems(qb, 'i', viewer).getOne();
  if (!row) throw new NotFoundError('Agenda item', id);
  return row;
}
