// The single source of truth for step changes. Every allowed change is one row: who may take it,
// whether a reason is required, and which guards must pass. Nothing else decides a step change.
import type { GuardName } from './guards';
import {
  CASE_INITIAL_STEP,
  CASE_STEPS,
  CASE_TERMINAL_STEPS,
  SIGNAL_INITIAL_STEP,
  SIGNAL_STEPS,
  SIGNAL_TERMINAL_STEPS,
  type CaseStep,
  type SignalStep,
} from './steps';
import type { Actor } from './vocabulary';

export interface TransitionRule<S extends string> {
  from: S;
  to: S;
  /** A short name for the action, shown as the button label key in the interface. */
  action: string;
  roles: readonly Actor[];
  reasonRequired: boolean;
  guards: readonly GuardName[];
}

export interface TransitionTable<S extends string> {
  subject: 'signal' | 'case';
  states: readonly S[];
  initial: S;
  /** States that end the work; every other state must be able to reach one of them. */
  terminal: readonly S[];
  rules: readonly TransitionRule<S>[];
}

const STAFF: readonly Actor[] = ['adviser', 'admin'];

function rule<S extends string>(
  from: S,
  to: S,
  action: string,
  roles: readonly Actor[],
  options: { reason?: boolean; guards?: GuardName[] } = {},
): TransitionRule<S> {
  return { from, to, action, roles, reasonRequired: options.reason ?? false, guards: options.guards ?? [] };
}

/** Steps 1-2: a signal is stored (intake), gets suggestions (triage), then is linked to a case or archived. */
export const SIGNAL_TRANSITIONS: TransitionTable<SignalStep> = {
  subject: 'signal',
  states: SIGNAL_STEPS,
  initial: SIGNAL_INITIAL_STEP,
  terminal: SIGNAL_TERMINAL_STEPS,
  rules: [
    rule('intake', 'triage', 'suggest', ['system']),
    // Advisers need not wait for the triage job: a signal can be decided straight from intake.
    rule('intake', 'linked', 'link', STAFF),
    rule('intake', 'archived', 'archive', STAFF, { reason: true }),
    rule('triage', 'linked', 'link', STAFF),
    rule('triage', 'archived', 'archive', STAFF, { reason: true }),
    rule('linked', 'triage', 'unlink', STAFF, { reason: true }),
    rule('archived', 'triage', 'reopen', STAFF, { reason: true }),
  ],
};

const OPEN_CASE_STEPS: readonly CaseStep[] = ['recognition', 'deepening', 'sharing', 'agenda', 'feedback'];

/** Steps 3-7: once per case, from the recognition check to feedback, with archive and reopen. */
export const CASE_TRANSITIONS: TransitionTable<CaseStep> = {
  subject: 'case',
  states: CASE_STEPS,
  initial: CASE_INITIAL_STEP,
  terminal: CASE_TERMINAL_STEPS,
  rules: [
    rule('recognition', 'deepening', 'deepen', STAFF),
    // The source: "of ga door naar stap 6" when the bottleneck is already clear.
    rule('recognition', 'agenda', 'shortcut_to_agenda', STAFF, {
      reason: true,
      guards: ['handlingOptionChosen'],
    }),
    rule('deepening', 'sharing', 'share', STAFF, { guards: ['analysisSubmitted', 'handlingOptionChosen'] }),
    rule('sharing', 'agenda', 'put_on_agenda', STAFF),
    rule('sharing', 'feedback', 'report_back', STAFF),
    rule('agenda', 'feedback', 'report_back', [...STAFF, 'liaison'], { guards: ['agendaItemsHaveOutcome'] }),
    rule('feedback', 'closed', 'close', [...STAFF, 'system'], { guards: ['feedbackDelivered'] }),
    ...OPEN_CASE_STEPS.map((from) => rule(from, 'archived', 'archive', STAFF, { reason: true })),
    rule('archived', 'recognition', 'reopen', STAFF, { reason: true }),
    rule('closed', 'recognition', 'reopen', STAFF, { reason: true }),
  ],
};

export function findRule<S extends string>(
  table: TransitionTable<S>,
  from: S,
  to: S,
): TransitionRule<S> | undefined {
  return table.rules.find((r) => r.from === from && r.to === to);
}

export function rulesFrom<S extends string>(table: TransitionTable<S>, from: S): TransitionRule<S>[] {
  return table.rules.filter((r) => r.from === from);
}
