// A name that must be unique (a table, a theme): taking one that exists is a conflict (409) the caller
// can act on, not a database error.
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@app/core';

const UNIQUE_VIOLATION = '23505';

export async function withUniqueName<T>(
  what: { nl: string; en: string },
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof QueryFailedError &&
      (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
    ) {
      throw new DomainError(
        'conflict',
        {
          nl: `Er is al een ${what.nl} met de naam "${name}".`,
          en: `There is already a ${what.en} named "${name}".`,
        },
        { name },
      );
    }
    throw error;
  }
}
