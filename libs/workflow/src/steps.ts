// The states a signal and a case can be in. Steps 1-2 belong to a signal, steps 3-7 to a case.

export const SIGNAL_STEPS = ['intake', 'triage', 'linked', 'archived'] as const;
export type SignalStep = (typeof SIGNAL_STEPS)[number];

export const CASE_STEPS = [
  'recognition',
  'deepening',
  'sharing',
  'agenda',
  'feedback',
  'closed',
  'archived',
] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

/** The seven steps of the route as people know them, in order; used for the public view. */
export const ROUTE_STEPS = [
  'intake',
  'triage',
  'recognition',
  'deepening',
  'sharing',
  'agenda',
  'feedback',
] as const;
export type RouteStep = (typeof ROUTE_STEPS)[number];

export const SIGNAL_INITIAL_STEP: SignalStep = 'intake';
export const CASE_INITIAL_STEP: CaseStep = 'recognition';

/** States that end the work; a reopen transition is the only way out of them. */
export const SIGNAL_TERMINAL_STEPS: readonly SignalStep[] = ['linked', 'archived'];
export const CASE_TERMINAL_STEPS: readonly CaseStep[] = ['closed', 'archived'];
