// Who sees which case: the one rule behind the case list, the case detail, its transitions and every
// other case route. A case the caller may not see answers 404, never 403, so its existence stays hidden.
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@app/core';
import { CaseEntity } from '@app/persistence';
import type { Role } from '@app/workflow';

/** The signed-in user a case is shown to. */
export interface CaseViewer {
  id: string;
  role: Role;
}

export type CaseScope = { kind: 'all' } | { kind: 'assigned' } | { kind: 'tables' } | { kind: 'none' };

/** Every role must be listed (the Record type sees to it), so a new role starts out seeing nothing. */
export const CASE_SCOPES: Readonly<Record<Role, CaseScope>> = {
  adviser: { kind: 'all' },
  admin: { kind: 'all' },
  // Experts, possibly external, see only the cases they were assigned to analyse.
  expert: { kind: 'assigned' },
  // Liaisons bring cases to the national tables: they see exactly the cases with an agenda item at one
  // of their own tables, whatever step the case is in now.
  liaison: { kind: 'tables' },
  // Members follow their own signals; the case board is not theirs.
  member: { kind: 'none' },
};

/** Narrows a query on cases (under `alias`) to the cases the viewer may see. */
export function restrictToVisibleCases<T extends object>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  viewer: CaseViewer,
): SelectQueryBuilder<T> {
  const scope = CASE_SCOPES[viewer.role];
  switch (scope.kind) {
    case 'all':
      return qb;
    case 'assigned':
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM case_assignments visible_a WHERE visible_a.case_id = ${alias}.id AND visible_a.expert_id = :visibleExpertId)`,
        { visibleExpertId: viewer.id },
      );
    case 'tables':
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM agenda_items visible_i JOIN table_liaisons visible_l ON visible_l.table_id = visible_i.table_id
                  WHERE visible_i.case_id = ${alias}.id AND visible_l.user_id = :visibleLiaisonId)`,
        { visibleLiaisonId: viewer.id },
      );
    case 'none':
      return qb.andWhere('FALSE');
  }
}

/**
 * The case, if the viewer may see it; otherwise a 404 exactly like an unknown id. With `lock` the row
 * is locked for update first, so a step change that follows in the same transaction sees what was checked.
 */
export async function findVisibleCase(
  manager: EntityManager,
  id: string,
  viewer: CaseViewer,
  options: { lock?: boolean } = {},
): Promise<CaseEntity> {
  const qb = manager.createQueryBuilder(CaseEntity, 'c').where('c.id = :id', { id });
  if (options.lock) qb.setLock('pessimistic_write');
  const row = await restrictToVisibleCases(qb, 'c', viewer).getOne();
  if (!row) throw new NotFoundError('Case', id);
  return row;
}
