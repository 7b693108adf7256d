// Checked at start-up: a table with an unknown state, a duplicate row, an unknown role, an unreachable
// state or a dead end stops the boot, with every problem listed at once.
import type { TransitionTable } from './transition-table';
import { ROLES, type Actor } from './vocabulary';
import { GUARDS } from './guards';

const ACTORS: readonly Actor[] = [...ROLES, 'system'];

export function findTableProblems<S extends string>(table: TransitionTable<S>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(table.states);
  const seen = new Set<string>();
  const name = table.subject;

  if (!known.has(table.initial)) problems.push(`${name}: initial state "${table.initial}" is not a state`);
  for (const r of table.rules) {
    const key = `${r.from}->${r.to}`;
    if (!known.has(r.from)) problems.push(`${name}: ${key} starts at unknown state "${r.from}"`);
    if (!known.has(r.to)) problems.push(`${name}: ${key} targets unknown state "${r.to}"`);
    if (r.from === r.to) problems.push(`${name}: ${key} goes nowhere`);
    if (seen.has(key)) problems.push(`${name}: ${key} is listed twice`);
    seen.add(key);
    if (r.roles.length === 0) problems.push(`${name}: ${key} names no role that may take it`);
    for (const role of r.roles) {
      if (!ACTORS.includes(role)) problems.push(`${name}: ${key} names unknown role "${role}"`);
    }
    for (const guard of r.guards) {
      if (!(guard in GUARDS)) problems.push(`${name}: ${key} names unknown guard "${guard}"`);
    }
  }

  const reachable = new Set<string>([table.initial]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of table.rules) {
      if (reachable.has(r.from) && !reachable.has(r.to)) {
        reachable.add(r.to);
        grew = true;
      }
    }
  }
  for (const state of table.states) {
    if (!reachable.has(state)) problems.push(`${name}: state "${state}" cannot be reached from "${table.initial}"`);
    if (!table.rules.some((r) => r.from === state)) {
      problems.push(`${name}: state "${state}" has no way out (not even reopen)`);
    }
  }
  return problems;
}

export class InvalidTransitionTableError extends Error {
  constructor(readonly problems: string[]) {
    super(`The workflow transition table is invalid:\n- ${problems.join('\n- ')}`);
  }
}

/** Throws with every problem listed when any table is invalid. */
export function assertValidTables(...tables: TransitionTable<string>[]): void {
  const problems = tables.flatMap((t) => findTableProblems(t));
  if (problems.length > 0) throw new InvalidTransitionTableError(problems);
}
