import { In, type EntityManager } from 'typeorm';
import { UserEntity } from '@app/persistence';

/**
 * The adviser who hears about a case's analyses: the first of the candidates (most relevant first) who
 * is still an active adviser or admin; null when none is.
 */
export async function findAdviser(
  manager: EntityManager,
  candidates: readonly (string | null)[],
): Promise<UserEntity | null> {
  const ids = [...new Set(candidates.filter((id): id is string => id !== null))];
  if (ids.length === 0) return null;
  const users = await manager.find(UserEntity, {
    where: { id: In(ids), active: true, role: In(['adviser', 'admin']) },
  });
  return ids.map((id) => users.find((user) => user.id === id)).find((user) => user !== undefined) ?? null;
}
