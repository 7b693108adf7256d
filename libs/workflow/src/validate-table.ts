// Checked at start-up: a table with an unknown state, a duplicate row, an unknown role or guard, an
// unreachable state or a dead end stops the boot, with every problem listed at once.
import type { TransitionTable } from './transition-table';
import { ROLES, type Actor } from './vocabulary';
import { isGuardName } from './guards';

const ACTORS: readonly string[] = [...ROLES, 'system'] satisfies Actor[];

export function findTableProblems<S extends string>(table: TransitionTable<S>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(table.states);
  const terminal = new Set<string>(table.terminal);
  const seen = new Set<string>();
  const name = table.subject;

  if (known.size !== table.states.length) {
    const twice = table.states.filter((s, i) => table.states.indexOf(s) !== i);
    problems.push(`${name}: state(s) listed twice: ${[...new Set(twice)].join(', ')}`);
  }
  if (!known.has(table.initial)) problems.push(`${name}: initial state "${table.initial}" is not a state`);
  if (terminal.size === 0) problems.push(`${name}: no terminal state, so the work can never end`);
  for (const state of terminal) {
    if (!known.has(state)) problems.push(`${name}: terminal state "${state}" is not a state`);
  }

  for (const r of table.rules) {
    const key = `${r.from}->${r.to}`;
    if (!known.has(r.from)) problems.push(`${name}: ${key} starts at unknown state "${r.from}"`);
    if (!known.has(r.to)) problems.push(`${name}: ${key} targets unknown state "${r.to}"`);
    if (r.from === r.to) problems.push(`${name}: ${key} goes nowhere`);
    if (seen.has(key)) problems.push(`${name}: ${key} is listed twice`);
    seen.add(key);
    if (!r.action.trim()) problems.push(`${name}: ${key} has no action name`);
    if (r.roles.length === 0) problems.push(`${name}: ${key} names no role that may take it`);
    for (const role of r.roles) {
      if (!ACTORS.includes(role)) problems.push(`${name}: ${key} names unknown role "${role}"`);
    }
    for (const guard of r.guards) {
      if (!isGuardName(guard)) problems.push(`${name}: ${key} names unknown guard "${guard}"`);
    }
  }

  // Only rows between known states count as paths; a row to an unknown state is reported above.
  const edges = table.rules.filter((r) => known.has(r.from) && known.has(r.to));
  const reachable = closure([table.initial], edges, 'forward');
  const canFinish = closure([...terminal], edges, 'backward');
  for (const state of table.states) {
    if (!reachable.has(state))
      problems.push(`${name}: state "${state}" cannot be reached from "${table.initial}"`);
    if (!edges.some((r) => r.from === state)) {
      problems.push(`${name}: state "${state}" is a dead end: it has no way out (not even reopen)`);
    } else if (!canFinish.has(state)) {
      problems.push(`${name}: state "${state}" is a dead end: no terminal state can be reached from it`);
    }
  }
  return problems;
}

/** Every state reachable from `start` (forward), or from which `start` can be reached (backward). */
function closure(
  start: readonly string[],
  edges: readonly { from: string; to: string }[],
  direction: 'forward' | 'backward',
): Set<string> {
  const found = new Set<string>(start);
  const queue = [...start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const e of edges) {
      const [here, there] = direction === 'forward' ? [e.from, e.to] : [e.to, e.from];
      if (here === state && !found.has(there)) {
        found.add(there);
        queue.push(there);
      }
    }
  }
  return found;
}

export class InvalidTransitionTableError extends Error {
  constructor(readonly problems: string[]) {
    super(`The workflow transition table is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidTransitionTableError';
  }
}

/** Throws with every problem listed when any table is invalid. */
export function assertValidTables(...tables: TransitionTable<string>[]): void {
  const problems = tables.flatMap((t) => findTableProblems(t));
  if (problems.length > 0) throw new InvalidTransitionTableError(problems);
}
