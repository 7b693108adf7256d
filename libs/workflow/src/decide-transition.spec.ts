// Every (from, to, actor) combination of both tables, checked against an explicit list of what the
// domain (shared/design/domain.md) and the workflow issue allow. The list is written out by hand on
// purpose: it is not derived from the table, so a wrong row in the table fails here.
import { describe, expect, it } from '@jest/globals';
import { decideTransition, nextTransitions, type TransitionDecision } from './decide-transition';
import type { CaseFacts, GuardName } from './guards';
import { CASE_TRANSITIONS, SIGNAL_TRANSITIONS, type TransitionTable } from './transition-table';
import type { Actor } from './vocabulary';

interface Expected {
  from: string;
  to: string;
  action: string;
  roles: Actor[];
  reason: boolean;
  guards: GuardName[];
}

const ACTORS: Actor[] = ['member', 'adviser', 'expert', 'liaison', 'admin', 'system'];
const STAFF: Actor[] = ['adviser', 'admin'];

function row(
  from: string,
  to: string,
  action: string,
  roles: Actor[],
  extra: Partial<Expected> = {},
): Expected {
  return { from, to, action, roles, reason: false, guards: [], ...extra };
}

/** Steps 1-2: intake, triage, then linked to a case or archived (with a reason); archived reopens. */
const EXPECTED_SIGNAL: Expected[] = [
  row('intake', 'triage', 'suggest', ['system']),
  row('intake', 'linked', 'link', STAFF),
  row('intake', 'archived', 'archive', STAFF, { reason: true }),
  row('triage', 'linked', 'link', STAFF),
  row('triage', 'archived', 'archive', STAFF, { reason: true }),
  row('linked', 'triage', 'unlink', STAFF, { reason: true }),
  row('archived', 'triage', 'reopen', STAFF, { reason: true }),
];

/** Steps 3-7 with the shortcut to agenda, sharing -> feedback, archive from every open step and reopen. */
const EXPECTED_CASE: Expected[] = [
  row('recognition', 'deepening', 'deepen', STAFF),
  row('recognition', 'agenda', 'shortcut_to_agenda', STAFF, {
    reason: true,
    guards: ['handlingOptionChosen'],
  }),
  row('deepening', 'sharing', 'share', STAFF, { guards: ['analysisSubmitted', 'handlingOptionChosen'] }),
  row('sharing', 'agenda', 'put_on_agenda', STAFF),
  row('sharing', 'feedback', 'report_back', STAFF),
  row('agenda', 'feedback', 'report_back', ['adviser', 'admin', 'liaison'], {
    guards: ['agendaItemsHaveOutcome'],
  }),
  row('feedback', 'closed', 'close', ['adviser', 'admin', 'system'], { guards: ['feedbackDelivered'] }),
  row('recognition', 'archived', 'archive', STAFF, { reason: true }),
  row('deepening', 'archived', 'archive', STAFF, { reason: true }),
  row('sharing', 'archived', 'archive', STAFF, { reason: true }),
  row('agenda', 'archived', 'archive', STAFF, { reason: true }),
  row('feedback', 'archived', 'archive', STAFF, { reason: true }),
  row('archived', 'recognition', 'reopen', STAFF, { reason: true }),
  row('closed', 'recognition', 'reopen', STAFF, { reason: true }),
];

const SIGNAL_STATES = ['intake', 'triage', 'linked', 'archived'];
const CASE_STATES = ['recognition', 'deepening', 'sharing', 'agenda', 'feedback', 'closed', 'archived'];

const PASSING: CaseFacts = {
  handlingOption: 'knowledge_sharing',
  submittedAnalyses: 1,
  agendaItems: 2,
  agendaItemsWithoutOutcome: 0,
  feedbackRecipientsPending: 0,
  feedbackPrepared: true,
};

/** For each guard, facts on which that guard (and only that guard) fails. */
const FAILING: Record<GuardName, CaseFacts> = {
  handlingOptionChosen: { ...PASSING, handlingOption: null },
  analysisSubmitted: { ...PASSING, submittedAnalyses: 0 },
  agendaItemsHaveOutcome: { ...PASSING, agendaItemsWithoutOutcome: 1 },
  feedbackDelivered: { ...PASSING, feedbackRecipientsPending: 3 },
};

const ALL_FAILING: CaseFacts = {
  handlingOption: null,
  submittedAnalyses: 0,
  agendaItems: 0,
  agendaItemsWithoutOutcome: 0,
  feedbackRecipientsPending: 1,
  feedbackPrepared: false,
};

const REASON = 'Besproken met de netwerkpartners.';

function refusalCode(decision: TransitionDecision<string>): string {
  return decision.allowed ? 'allowed' : decision.refusal.code;
}

function combinations(states: string[], expected: Expected[]) {
  return states.flatMap((from) =>
    states.flatMap((to) =>
      ACTORS.map((actor) => {
        const rule = expected.find((e) => e.from === from && e.to === to);
        const outcome = !rule
          ? 'transition_not_allowed'
          : rule.roles.includes(actor)
            ? 'allowed'
            : 'role_not_allowed';
        return { from, to, actor, rule, outcome };
      }),
    ),
  );
}

describe.each([
  {
    name: 'signal',
    table: SIGNAL_TRANSITIONS as TransitionTable<string>,
    states: SIGNAL_STATES,
    expected: EXPECTED_SIGNAL,
  },
  {
    name: 'case',
    table: CASE_TRANSITIONS as TransitionTable<string>,
    states: CASE_STATES,
    expected: EXPECTED_CASE,
  },
])('$name transitions', ({ table, states, expected }) => {
  it('has exactly the states and the rows the domain describes', () => {
    expect([...table.states]).toEqual(states);
    const actual = table.rules.map((r) => ({
      from: r.from,
      to: r.to,
      action: r.action,
      roles: [...r.roles].sort(),
      reason: r.reasonRequired,
      guards: [...r.guards].sort(),
    }));
    const wanted = expected.map((e) => ({ ...e, roles: [...e.roles].sort(), guards: [...e.guards].sort() }));
    const byKey = (a: { from: string; to: string }, b: { from: string; to: string }) =>
      `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`);
    expect(actual.sort(byKey)).toEqual(wanted.sort(byKey));
  });

  const all = combinations(states, expected);

  it.each(all.filter((c) => c.outcome === 'transition_not_allowed'))(
    '$from -> $to by $actor: transition_not_allowed',
    ({ from, to, actor }) => {
      const decision = decideTransition(table, { from, to, actor, reason: REASON, facts: PASSING });
      expect(refusalCode(decision)).toBe('transition_not_allowed');
      if (!decision.allowed) expect(decision.refusal.message).toContain(`"${from}" to "${to}"`);
    },
  );

  it.each(all.filter((c) => c.outcome === 'role_not_allowed'))(
    '$from -> $to by $actor: role_not_allowed',
    ({ from, to, actor }) => {
      // Refused on the role even with a reason and facts that pass every guard.
      const decision = decideTransition(table, { from, to, actor, reason: REASON, facts: PASSING });
      expect(refusalCode(decision)).toBe('role_not_allowed');
      if (!decision.allowed) expect(decision.refusal.message).toContain(`"${actor}"`);
      // ... and the role is checked before the reason and the guards.
      const bare = decideTransition(table, { from, to, actor, facts: ALL_FAILING });
      expect(refusalCode(bare)).toBe('role_not_allowed');
    },
  );

  it.each(all.filter((c) => c.outcome === 'allowed'))(
    '$from -> $to by $actor: allowed',
    ({ from, to, actor, rule }) => {
      const exp = rule!;
      const decision = decideTransition(table, { from, to, actor, reason: REASON, facts: PASSING });
      expect(decision.allowed).toBe(true);
      if (decision.allowed) {
        expect(decision.rule.from).toBe(from);
        expect(decision.rule.to).toBe(to);
        expect(decision.rule.action).toBe(exp.action);
      }

      if (exp.reason) {
        for (const reason of [undefined, null, '', '   ']) {
          const refused = decideTransition(table, { from, to, actor, reason, facts: PASSING });
          expect(refusalCode(refused)).toBe('reason_required');
        }
        // The reason is checked before the guards.
        expect(refusalCode(decideTransition(table, { from, to, actor, facts: ALL_FAILING }))).toBe(
          'reason_required',
        );
      } else {
        expect(decideTransition(table, { from, to, actor, facts: PASSING }).allowed).toBe(true);
      }

      if (exp.guards.length === 0) {
        // No guards: facts are not needed and not consulted.
        expect(decideTransition(table, { from, to, actor, reason: REASON }).allowed).toBe(true);
        expect(decideTransition(table, { from, to, actor, reason: REASON, facts: ALL_FAILING }).allowed).toBe(
          true,
        );
        return;
      }
      // Without facts a guarded transition is refused (fail closed), naming every guard.
      const blind = decideTransition(table, { from, to, actor, reason: REASON });
      expect(refusalCode(blind)).toBe('guard_failed');
      if (!blind.allowed && blind.refusal.code === 'guard_failed') {
        expect(blind.refusal.guards.map((g) => g.guard)).toEqual(exp.guards);
      }
      // Each guard alone blocks it, and is the one named.
      for (const guard of exp.guards) {
        const refused = decideTransition(table, { from, to, actor, reason: REASON, facts: FAILING[guard] });
        expect(refusalCode(refused)).toBe('guard_failed');
        if (!refused.allowed && refused.refusal.code === 'guard_failed') {
          expect(refused.refusal.guards.map((g) => g.guard)).toEqual([guard]);
          expect(refused.refusal.message).toBe(refused.refusal.guards[0].reason);
        }
      }
      // With every guard failing, every failure is reported at once.
      const worst = decideTransition(table, { from, to, actor, reason: REASON, facts: ALL_FAILING });
      expect(refusalCode(worst)).toBe('guard_failed');
      if (!worst.allowed && worst.refusal.code === 'guard_failed') {
        expect(worst.refusal.guards.map((g) => g.guard)).toEqual(exp.guards);
      }
    },
  );

  it('covers every combination exactly once', () => {
    expect(all).toHaveLength(states.length * states.length * ACTORS.length);
    expect(all.filter((c) => c.outcome === 'allowed')).toHaveLength(
      expected.reduce((n, e) => n + e.roles.length, 0),
    );
  });

  it.each(states.flatMap((from) => ACTORS.map((actor) => ({ from, actor }))))(
    'nextTransitions from $from for $actor',
    ({ from, actor }) => {
      const wanted = expected
        .filter((e) => e.from === from && e.roles.includes(actor))
        .map((e) => ({ to: e.to, action: e.action, reasonRequired: e.reason, blockedBy: [] }))
        .sort((a, b) => a.to.localeCompare(b.to));
      const got = nextTransitions(table, from, actor, PASSING).sort((a, b) => a.to.localeCompare(b.to));
      expect(got).toEqual(wanted);

      const blind = nextTransitions(table, from, actor).sort((a, b) => a.to.localeCompare(b.to));
      expect(blind.map((n) => n.to)).toEqual(wanted.map((w) => w.to));
      for (const next of blind) {
        const exp = expected.find((e) => e.from === from && e.to === next.to)!;
        expect(next.blockedBy.map((b) => b.guard)).toEqual(exp.guards);
      }
    },
  );
});

describe('decideTransition edge cases', () => {
  it('refuses staying in the same step and unknown steps', () => {
    expect(
      refusalCode(decideTransition(CASE_TRANSITIONS, { from: 'agenda', to: 'agenda', actor: 'admin' })),
    ).toBe('transition_not_allowed');
    const unknown = decideTransition(CASE_TRANSITIONS as TransitionTable<string>, {
      from: 'recognition',
      to: 'nowhere',
      actor: 'admin',
      reason: REASON,
    });
    expect(refusalCode(unknown)).toBe('transition_not_allowed');
  });

  it('refuses an actor that is not a known role', () => {
    const decision = decideTransition(CASE_TRANSITIONS, {
      from: 'recognition',
      to: 'deepening',
      actor: 'janitor' as Actor,
    });
    expect(refusalCode(decision)).toBe('role_not_allowed');
  });

  it('joins the reasons of every failing guard into the message', () => {
    const decision = decideTransition(CASE_TRANSITIONS, {
      from: 'deepening',
      to: 'sharing',
      actor: 'adviser',
      facts: { ...PASSING, submittedAnalyses: 0, handlingOption: null },
    });
    expect(decision).toEqual({
      allowed: false,
      refusal: {
        code: 'guard_failed',
        message:
          'At least one expert analysis must be submitted first. A handling option must be chosen first.',
        guards: [
          { guard: 'analysisSubmitted', reason: 'At least one expert analysis must be submitted first.' },
          { guard: 'handlingOptionChosen', reason: 'A handling option must be chosen first.' },
        ],
      },
    });
  });

  it('blocks the shortcut to agenda until a valid handling option is chosen', () => {
    const request = { from: 'recognition', to: 'agenda', actor: 'adviser', reason: REASON } as const;
    for (const handlingOption of [null, '', 'lobby']) {
      expect(
        refusalCode(
          decideTransition(CASE_TRANSITIONS, { ...request, facts: { ...PASSING, handlingOption } }),
        ),
      ).toBe('guard_failed');
    }
    const ok = decideTransition(CASE_TRANSITIONS, {
      ...request,
      facts: { ...PASSING, handlingOption: 'agenda_lobby' },
    });
    expect(ok.allowed).toBe(true);
  });
});

describe('nextTransitions, spelled out', () => {
  const tos = (table: TransitionTable<string>, from: string, actor: Actor) =>
    nextTransitions(table, from, actor, PASSING)
      .map((n) => n.to)
      .sort();

  it('gives members and experts no step changes at all', () => {
    for (const actor of ['member', 'expert'] as Actor[]) {
      for (const from of SIGNAL_STATES) expect(tos(SIGNAL_TRANSITIONS, from, actor)).toEqual([]);
      for (const from of CASE_STATES) expect(tos(CASE_TRANSITIONS, from, actor)).toEqual([]);
    }
  });

  it('lets a liaison only report back from agenda', () => {
    for (const from of CASE_STATES) {
      expect(tos(CASE_TRANSITIONS, from, 'liaison')).toEqual(from === 'agenda' ? ['feedback'] : []);
    }
    for (const from of SIGNAL_STATES) expect(tos(SIGNAL_TRANSITIONS, from, 'liaison')).toEqual([]);
  });

  it('lets the system only start triage and close a case', () => {
    expect(SIGNAL_STATES.filter((s) => tos(SIGNAL_TRANSITIONS, s, 'system').length > 0)).toEqual(['intake']);
    expect(tos(SIGNAL_TRANSITIONS, 'intake', 'system')).toEqual(['triage']);
    expect(CASE_STATES.filter((s) => tos(CASE_TRANSITIONS, s, 'system').length > 0)).toEqual(['feedback']);
    expect(tos(CASE_TRANSITIONS, 'feedback', 'system')).toEqual(['closed']);
  });

  it('offers an adviser the route with archive and reopen', () => {
    expect(tos(SIGNAL_TRANSITIONS, 'intake', 'adviser')).toEqual(['archived', 'linked']);
    expect(tos(SIGNAL_TRANSITIONS, 'triage', 'adviser')).toEqual(['archived', 'linked']);
    expect(tos(SIGNAL_TRANSITIONS, 'linked', 'adviser')).toEqual(['triage']);
    expect(tos(SIGNAL_TRANSITIONS, 'archived', 'adviser')).toEqual(['triage']);
    expect(tos(CASE_TRANSITIONS, 'recognition', 'adviser')).toEqual(['agenda', 'archived', 'deepening']);
    expect(tos(CASE_TRANSITIONS, 'deepening', 'adviser')).toEqual(['archived', 'sharing']);
    expect(tos(CASE_TRANSITIONS, 'sharing', 'adviser')).toEqual(['agenda', 'archived', 'feedback']);
    expect(tos(CASE_TRANSITIONS, 'agenda', 'adviser')).toEqual(['archived', 'feedback']);
    expect(tos(CASE_TRANSITIONS, 'feedback', 'adviser')).toEqual(['archived', 'closed']);
    expect(tos(CASE_TRANSITIONS, 'closed', 'adviser')).toEqual(['recognition']);
    expect(tos(CASE_TRANSITIONS, 'archived', 'adviser')).toEqual(['recognition']);
  });

  it('gives an admin the same choices as an adviser, plus nothing the system does alone', () => {
    for (const from of CASE_STATES)
      expect(tos(CASE_TRANSITIONS, from, 'admin')).toEqual(tos(CASE_TRANSITIONS, from, 'adviser'));
    for (const from of SIGNAL_STATES) {
      expect(tos(SIGNAL_TRANSITIONS, from, 'admin')).toEqual(tos(SIGNAL_TRANSITIONS, from, 'adviser'));
    }
  });

  it('says what still blocks a choice, with the guard reasons', () => {
    const next = nextTransitions(CASE_TRANSITIONS, 'agenda', 'liaison', {
      ...PASSING,
      agendaItems: 3,
      agendaItemsWithoutOutcome: 2,
    });
    expect(next).toEqual([
      {
        to: 'feedback',
        action: 'report_back',
        reasonRequired: false,
        blockedBy: [{ guard: 'agendaItemsHaveOutcome', reason: '2 agenda item(s) have no outcome yet.' }],
      },
    ]);
    const recognition = nextTransitions(
      CASE_TRANSITIONS,
      'recognition',
      'adviser',
      FAILING.handlingOptionChosen,
    );
    expect(recognition.find((n) => n.to === 'agenda')).toEqual({
      to: 'agenda',
      action: 'shortcut_to_agenda',
      reasonRequired: true,
      blockedBy: [{ guard: 'handlingOptionChosen', reason: 'A handling option must be chosen first.' }],
    });
    expect(recognition.find((n) => n.to === 'deepening')?.blockedBy).toEqual([]);
  });
});
