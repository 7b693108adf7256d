// Where a signal is on the route, in plain words for its submitter: shared by the tracking link and a
// member's own signals. Pure functions of the signal and its case.
import type { CaseEntity, SignalEntity } from '@app/persistence';
import { ROUTE_STEPS, type Locale, type RouteStep } from '@app/workflow';
import { CLOSED_LABELS, ROUTE_STEP_LABELS } from './step-labels';

export interface SignalProgress {
  status: string;
  statusExplanation: string;
  state: 'open' | 'closed' | 'archived';
  steps: { step: RouteStep; name: string; explanation: string; state: 'done' | 'current' | 'upcoming' }[];
}

export function progressOf(
  signal: SignalEntity,
  linkedCase: CaseEntity | null,
  locale: Locale,
): SignalProgress {
  const current = currentPosition(signal, linkedCase);
  const currentIndex = ROUTE_STEPS.indexOf(current.step);
  const label = current.terminal
    ? CLOSED_LABELS[current.terminal][locale]
    : ROUTE_STEP_LABELS[current.step][locale];
  return {
    status: label.name,
    statusExplanation: label.explanation,
    state: current.terminal ?? 'open',
    steps: ROUTE_STEPS.map((step, index) => ({
      step,
      ...ROUTE_STEP_LABELS[step][locale],
      // An archived or closed signal has finished the step it stopped in.
      state:
        index < currentIndex
          ? 'done'
          : index > currentIndex
            ? 'upcoming'
            : current.terminal
              ? 'done'
              : 'current',
    })),
  };
}

/** A signal shows its own step until it is linked; then the step of its case. */
function currentPosition(
  signal: SignalEntity,
  linkedCase: CaseEntity | null,
): { step: RouteStep; terminal?: 'closed' | 'archived' } {
  if (linkedCase && signal.step === 'linked') {
    if (linkedCase.step === 'closed') return { step: 'feedback', terminal: 'closed' };
    if (linkedCase.step === 'archived') return { step: 'recognition', terminal: 'archived' };
    return { step: linkedCase.step };
  }
  if (signal.step === 'archived') return { step: 'triage', terminal: 'archived' };
  if (signal.step === 'linked') return { step: 'recognition' };
  return { step: signal.step };
}

/** The name of a step a history row reached, or null for internal ones. */
export function publicStepName(step: string, locale: Locale): string | null {
  if (step === 'closed' || step === 'archived') return CLOSED_LABELS[step][locale].name;
  if ((ROUTE_STEPS as readonly string[]).includes(step))
    return ROUTE_STEP_LABELS[step as RouteStep][locale].name;
  return null; // 'linked' is internal: the case's own steps follow
}
