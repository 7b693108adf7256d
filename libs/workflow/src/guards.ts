// Guards decide whether a transition the table allows may happen now, given facts about the case.
// They are pure: the caller gathers the facts, the guard returns null (pass) or a reason (blocked).
import { HANDLING_OPTIONS } from './vocabulary';

/** What the guards need to know about a case; gathered by the persistence layer. */
export interface CaseFacts {
  /** One of HANDLING_OPTIONS once chosen; anything else counts as not chosen. */
  handlingOption: string | null;
  submittedAnalyses: number;
  agendaItems: number;
  agendaItemsWithoutOutcome: number;
  /**
   * Submitters and respondents the feedback has not reached yet. Someone feedback cannot reach (no
   * e-mail address, no consent) and for whom that is recorded with a reason does not count as pending.
   */
  feedbackRecipientsPending: number;
  feedbackPrepared: boolean;
}

export type GuardName =
  'handlingOptionChosen' | 'analysisSubmitted' | 'agendaItemsHaveOutcome' | 'feedbackDelivered';

export interface GuardResult {
  guard: GuardName;
  reason: string;
}

type Guard = (facts: CaseFacts) => string | null;

export const GUARDS: Record<GuardName, Guard> = {
  handlingOptionChosen: (f) =>
    f.handlingOption !== null && (HANDLING_OPTIONS as readonly string[]).includes(f.handlingOption)
      ? null
      : 'A handling option must be chosen first.',
  analysisSubmitted: (f) =>
    f.submittedAnalyses > 0 ? null : 'At least one expert analysis must be submitted first.',
  agendaItemsHaveOutcome: (f) => {
    if (f.agendaItems <= 0) return 'The case has no agenda items yet.';
    return f.agendaItemsWithoutOutcome === 0
      ? null
      : `${f.agendaItemsWithoutOutcome} agenda item(s) have no outcome yet.`;
  },
  feedbackDelivered: (f) => {
    if (!f.feedbackPrepared) return 'Feedback has not been prepared and sent yet.';
    return f.feedbackRecipientsPending === 0
      ? null
      : `Feedback has not reached ${f.feedbackRecipientsPending} recipient(s) yet.`;
  },
};

/** True only for the guards defined above (not for inherited names such as "toString"). */
export function isGuardName(name: string): name is GuardName {
  return Object.hasOwn(GUARDS, name);
}

/** Runs the named guards in order and returns every failure. An unknown guard fails (closed), it never throws. */
export function runGuards(names: readonly GuardName[], facts: CaseFacts): GuardResult[] {
  const failures: GuardResult[] = [];
  for (const guard of names) {
    const reason = isGuardName(guard) ? GUARDS[guard](facts) : `Unknown guard "${String(guard)}".`;
    if (reason) failures.push({ guard, reason });
  }
  return failures;
}
