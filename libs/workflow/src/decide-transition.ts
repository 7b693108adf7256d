// Asks the table whether an actor may move a subject from one step to another now, and why not.
import { runGuards, type CaseFacts, type GuardResult } from './guards';
import { findRule, rulesFrom, type TransitionRule, type TransitionTable } from './transition-table';
import type { Actor } from './vocabulary';

export type TransitionRefusal =
  | { code: 'transition_not_allowed'; message: string }
  | { code: 'role_not_allowed'; message: string }
  | { code: 'reason_required'; message: string }
  | { code: 'guard_failed'; message: string; guards: GuardResult[] };

export type TransitionDecision<S extends string> =
  { allowed: true; rule: TransitionRule<S> } | { allowed: false; refusal: TransitionRefusal };

export interface TransitionRequest<S extends string> {
  from: S;
  to: S;
  actor: Actor;
  reason?: string | null;
  facts?: CaseFacts;
}

export function decideTransition<S extends string>(
  table: TransitionTable<S>,
  request: TransitionRequest<S>,
): TransitionDecision<S> {
  const { from, to, actor } = request;
  const rule = findRule(table, from, to);
  if (!rule) {
    return refuse({
      code: 'transition_not_allowed',
      message: `A ${table.subject} cannot move from "${from}" to "${to}".`,
    });
  }
  if (!rule.roles.includes(actor)) {
    return refuse({
      code: 'role_not_allowed',
      message: `The role "${actor}" may not move a ${table.subject} from "${from}" to "${to}".`,
    });
  }
  if (rule.reasonRequired && !request.reason?.trim()) {
    return refuse({ code: 'reason_required', message: `Moving to "${to}" requires a reason.` });
  }
  if (rule.guards.length > 0) {
    const failures = request.facts ? runGuards(rule.guards, request.facts) : guardsWithoutFacts(rule);
    if (failures.length > 0) {
      return refuse({
        code: 'guard_failed',
        message: failures.map((f) => f.reason).join(' '),
        guards: failures,
      });
    }
  }
  return { allowed: true, rule };
}

/** The next steps an actor may choose from here, each with what still blocks it (if anything). */
export function nextTransitions<S extends string>(
  table: TransitionTable<S>,
  from: S,
  actor: Actor,
  facts?: CaseFacts,
): { to: S; action: string; reasonRequired: boolean; blockedBy: GuardResult[] }[] {
  return rulesFrom(table, from)
    .filter((r) => r.roles.includes(actor))
    .map((r) => ({
      to: r.to,
      action: r.action,
      reasonRequired: r.reasonRequired,
      blockedBy: facts ? runGuards(r.guards, facts) : guardsWithoutFacts(r),
    }));
}

function guardsWithoutFacts(rule: TransitionRule<string>): GuardResult[] {
  return rule.guards.map((guard) => ({ guard, reason: `No facts were given to check "${guard}".` }));
}

function refuse<S extends string>(refusal: TransitionRefusal): TransitionDecision<S> {
  return { allowed: false, refusal };
}
