// The single source of truth for an agenda item's way at one national table (step 6, Agenderen): which
// status may follow which, and what a move must record (a meeting date, an outcome, a follow-up date).
// Pure: the service asks it, and nothing else decides an agenda item's status.
import { AGENDA_STATUSES, type AgendaStatus } from './vocabulary';

/** What a move records besides its status and note. */
export const AGENDA_MOVE_FIELDS = ['meetingDate', 'outcome', 'outcomeNote', 'followUpOn'] as const;
export type AgendaMoveField = (typeof AGENDA_MOVE_FIELDS)[number];

export interface AgendaMoveRule {
  from: AgendaStatus;
  to: AgendaStatus;
  /** A short name for the action, shown as the button label key in the interface. */
  action: string;
  /** Fields the move must have. */
  requires: readonly AgendaMoveField[];
  /** Fields the move may have besides those; any other field is refused, never silently dropped. */
  accepts: readonly AgendaMoveField[];
}

function move(
  from: AgendaStatus,
  to: AgendaStatus,
  action: string,
  fields: { requires?: AgendaMoveField[]; accepts?: AgendaMoveField[] } = {},
): AgendaMoveRule {
  return { from, to, action, requires: fields.requires ?? [], accepts: fields.accepts ?? [] };
}

export const AGENDA_INITIAL_STATUS: AgendaStatus = 'proposed';
export const AGENDA_TERMINAL_STATUSES: readonly AgendaStatus[] = ['closed'];

/** Statuses in which the item has its outcome (the case may report back once every item has one). */
export const AGENDA_STATUSES_WITH_OUTCOME: readonly AgendaStatus[] = ['outcome', 'follow_up', 'closed'];

/** Statuses of an item still waiting for its outcome (the guard agendaItemsHaveOutcome counts these). */
export const AGENDA_STATUSES_WITHOUT_OUTCOME: readonly AgendaStatus[] = AGENDA_STATUSES.filter(
  (status) => !AGENDA_STATUSES_WITH_OUTCOME.includes(status),
);

export const AGENDA_ITEM_MOVES: readonly AgendaMoveRule[] = [
  move('proposed', 'submitted', 'submit'),
  move('submitted', 'scheduled', 'schedule', { requires: ['meetingDate'] }),
  // Meetings get postponed: a new date replans the reminders.
  move('scheduled', 'scheduled', 'reschedule', { requires: ['meetingDate'] }),
  move('scheduled', 'discussed', 'record_discussed'),
  move('discussed', 'outcome', 'record_outcome', { requires: ['outcome'], accepts: ['outcomeNote'] }),
  move('outcome', 'follow_up', 'plan_follow_up', { requires: ['followUpOn'] }),
  move('outcome', 'closed', 'close'),
  move('follow_up', 'closed', 'close'),
];

export function findAgendaMove(from: AgendaStatus, to: AgendaStatus): AgendaMoveRule | undefined {
  return AGENDA_ITEM_MOVES.find((rule) => rule.from === from && rule.to === to);
}

export function agendaMovesFrom(from: AgendaStatus): AgendaMoveRule[] {
  return AGENDA_ITEM_MOVES.filter((rule) => rule.from === from);
}

export function agendaItemHasOutcome(status: AgendaStatus): boolean {
  return AGENDA_STATUSES_WITH_OUTCOME.includes(status);
}

export type AgendaMoveInput = Partial<Record<AgendaMoveField, string | null | undefined>>;

export type AgendaMoveDecision =
  | { allowed: true; rule: AgendaMoveRule }
  | { allowed: false; code: 'move_not_allowed'; message: string }
  | { allowed: false; code: 'fields_invalid'; missing: AgendaMoveField[]; unexpected: AgendaMoveField[] };

/** May the item move from `from` to `to` with these fields? A blank text counts as missing. */
export function decideAgendaMove(
  from: AgendaStatus,
  to: AgendaStatus,
  input: AgendaMoveInput,
): AgendaMoveDecision {
  const rule = findAgendaMove(from, to);
  if (!rule) {
    return {
      allowed: false,
      code: 'move_not_allowed',
      message: `An agenda item cannot move from "${from}" to "${to}".`,
    };
  }
  const given = AGENDA_MOVE_FIELDS.filter((field) => {
    const value = input[field];
    return typeof value === 'string' && value.trim() !== '';
  });
  const missing = rule.requires.filter((field) => !given.includes(field));
  const unexpected = given.filter((field) => !rule.requires.includes(field) && !rule.accepts.includes(field));
  if (missing.length > 0 || unexpected.length > 0) {
    return { allowed: false, code: 'fields_invalid', missing, unexpected };
  }
  return { allowed: true, rule };
}

/** Checked by the unit test: unknown statuses, duplicates, unreachable statuses and dead ends. */
export function findAgendaMoveProblems(moves: readonly AgendaMoveRule[] = AGENDA_ITEM_MOVES): string[] {
  const problems: string[] = [];
  const known = new Set<string>(AGENDA_STATUSES);
  const seen = new Set<string>();
  for (const rule of moves) {
    const key = `${rule.from}->${rule.to}`;
    if (!known.has(rule.from)) problems.push(`${key} starts at unknown status "${rule.from}"`);
    if (!known.has(rule.to)) problems.push(`${key} targets unknown status "${rule.to}"`);
    if (seen.has(key)) problems.push(`${key} is listed twice`);
    seen.add(key);
    const overlap = rule.requires.filter((field) => rule.accepts.includes(field));
    if (overlap.length > 0) problems.push(`${key} both requires and accepts ${overlap.join(', ')}`);
  }
  const reachable = new Set<string>([AGENDA_INITIAL_STATUS]);
  for (let grown = true; grown;) {
    grown = false;
    for (const rule of moves) {
      if (reachable.has(rule.from) && !reachable.has(rule.to)) {
        reachable.add(rule.to);
        grown = true;
      }
    }
  }
  for (const status of AGENDA_STATUSES) {
    if (!reachable.has(status))
      problems.push(`status "${status}" cannot be reached from "${AGENDA_INITIAL_STATUS}"`);
    const terminal = AGENDA_TERMINAL_STATUSES.includes(status);
    const wayOut = moves.some((rule) => rule.from === status && rule.to !== status);
    if (!terminal && !wayOut) problems.push(`status "${status}" is a dead end`);
    if (terminal && wayOut) problems.push(`terminal status "${status}" has a way out`);
  }
  return problems;
}
