// Keyset pagination: the cursor names the last row seen (created_at, id), newest first, so a page
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
// never scans what came before it (no OFFSET).
import { DomainError } from '@app/core';

/** Postgres' own text of a timestamptz, as the cursor holds it; anything else is refused before SQL. */
const POSTGRES_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export interface Cursor {
  createdAt: string;
  id: string;
}

/** `createdAt` is Postgres' own text of the timestamp: a JS Date would drop the microseconds. */
export function encodeCursor(row: { createdAtText: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAtText, row.id])).toString('base64url');
}

export function decodeCursor(value: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && POSTGRES_TIMESTAMP.test(createdAt)) {
      if (/^[0-9a-f-]{36}$/i.test(id)) return { createdAt, id };
    }
  } catch {
    // fall through to the clear error below
  }
  throw new DomainError('validation_failed', 'The cursor is not valid; start again from the first page.');
}

/** Orders newest first, fetches one row more than a page (to know if there is a next), starts after `cursor`. */
export function applyKeyset<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  cursor: string | undefined,
  limit: number,
): SelectQueryBuilder<T> {
  qb.addSelect(`${alias}.created_at::text`, 'created_at_text')
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(limit + 1);
  if (cursor) {
    const { createdAt, id } = decodeCursor(cursor);
    qb.andWhere(`(${alias}.created_at, ${alias}.id) < (:cursorAt::timestamptz, :cursorId::uuid)`, {
      cursorAt: createdAt,
      cursorId: id,
    });
  }
  return qb;
}

/** Cuts the fetched rows to a page and makes the cursor of the next one. */
export async function fetchKeysetPage<
  T extends ObjectLiteral & { id: string },
  R extends { created_at_text: string },
>(qb: SelectQueryBuilder<T>, limit: number): Promise<{ rows: T[]; raw: R[]; nextCursor: string | null }> {
  const { entities, raw } = await qb.getRawAndEntities<R>();
  const rows = entities.slice(0, limit);
  const last = entities.length > limit ? rows[limit - 1] : undefined;
  return {
    rows,
    raw: raw.slice(0, limit),
    nextCursor: last ? encodeCursor({ createdAtText: raw[limit - 1].created_at_text, id: last.id }) : null,
  };
}
