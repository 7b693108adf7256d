import { describe, expect, it } from '@jest/globals';
import type { GuardName } from './guards';
import {
  CASE_TRANSITIONS,
  SIGNAL_TRANSITIONS,
  type TransitionRule,
  type TransitionTable,
} from './transition-table';
import { InvalidTransitionTableError, assertValidTables, findTableProblems } from './validate-table';
import type { Actor } from './vocabulary';

function r(
  from: string,
  to: string,
  extra: Partial<Omit<TransitionRule<string>, 'from' | 'to'>> = {},
): TransitionRule<string> {
  return { from, to, action: 'go', roles: ['adviser'], reasonRequired: false, guards: [], ...extra };
}

/** A small valid table: a -> b -> c -> done, reopen back to a. */
function base(): TransitionTable<string> {
  return {
    subject: 'case',
    states: ['a', 'b', 'c', 'done'],
    initial: 'a',
    terminal: ['done'],
    rules: [r('a', 'b'), r('b', 'c'), r('c', 'done'), r('done', 'a', { action: 'reopen' })],
  };
}

function withRules(...extra: TransitionRule<string>[]): TransitionTable<string> {
  const t = base();
  return { ...t, rules: [...t.rules, ...extra] };
}

describe('the real tables', () => {
  it('have no problems', () => {
    expect(findTableProblems(SIGNAL_TRANSITIONS)).toEqual([]);
    expect(findTableProblems(CASE_TRANSITIONS)).toEqual([]);
  });

  it('pass the start-up check', () => {
    expect(() => assertValidTables(SIGNAL_TRANSITIONS, CASE_TRANSITIONS)).not.toThrow();
  });

  it('are checked when the library is loaded, and loading does not throw', async () => {
    await expect(import('./index')).resolves.toHaveProperty('CASE_TRANSITIONS', CASE_TRANSITIONS);
  });

  it('would fail if feedback lost its way out', () => {
    const broken: TransitionTable<string> = {
      ...CASE_TRANSITIONS,
      rules: CASE_TRANSITIONS.rules.filter((rule) => rule.from !== 'feedback'),
    };
    const problems = findTableProblems(broken);
    expect(problems).toContain('case: state "feedback" is a dead end: it has no way out (not even reopen)');
    expect(problems).toContain('case: state "closed" cannot be reached from "recognition"');
  });

  it('would fail if the shortcut pointed at a step that does not exist', () => {
    const broken: TransitionTable<string> = {
      ...CASE_TRANSITIONS,
      rules: CASE_TRANSITIONS.rules.map((rule) =>
        rule.action === 'shortcut_to_agenda' ? { ...rule, to: 'agendering' } : rule,
      ),
    };
    expect(findTableProblems(broken)).toEqual([
      'case: recognition->agendering targets unknown state "agendering"',
    ]);
  });
});

describe('findTableProblems on broken tables', () => {
  it('accepts the base table used below', () => {
    expect(findTableProblems(base())).toEqual([]);
  });

  it('reports an unknown target', () => {
    expect(findTableProblems(withRules(r('b', 'nowhere')))).toEqual([
      'case: b->nowhere targets unknown state "nowhere"',
    ]);
  });

  it('reports an unknown start', () => {
    expect(findTableProblems(withRules(r('limbo', 'done')))).toEqual([
      'case: limbo->done starts at unknown state "limbo"',
    ]);
  });

  it('reports an unreachable state', () => {
    const t = withRules(r('orphan', 'done'));
    expect(findTableProblems({ ...t, states: [...t.states, 'orphan'] })).toEqual([
      'case: state "orphan" cannot be reached from "a"',
    ]);
  });

  it('reports a dead end without a way out', () => {
    const t = base();
    const problems = findTableProblems({ ...t, rules: t.rules.filter((rule) => rule.from !== 'done') });
    expect(problems).toEqual(['case: state "done" is a dead end: it has no way out (not even reopen)']);
  });

  it('reports a dead end that only loops without ever reaching a terminal state', () => {
    const t = withRules(r('b', 'x'), r('x', 'y'), r('y', 'x'));
    expect(findTableProblems({ ...t, states: [...t.states, 'x', 'y'] })).toEqual([
      'case: state "x" is a dead end: no terminal state can be reached from it',
      'case: state "y" is a dead end: no terminal state can be reached from it',
    ]);
  });

  it('reports a duplicate row', () => {
    expect(findTableProblems(withRules(r('a', 'b', { action: 'again' })))).toEqual([
      'case: a->b is listed twice',
    ]);
  });

  it('reports an unknown role', () => {
    expect(findTableProblems(withRules(r('a', 'c', { roles: ['adviser', 'janitor' as Actor] })))).toEqual([
      'case: a->c names unknown role "janitor"',
    ]);
  });

  it('reports a row no role may take', () => {
    expect(findTableProblems(withRules(r('a', 'c', { roles: [] })))).toEqual([
      'case: a->c names no role that may take it',
    ]);
  });

  it('reports an unknown guard, including names every object inherits', () => {
    const guards = ['notAGuard', 'toString', 'constructor'] as string[] as GuardName[];
    expect(findTableProblems(withRules(r('a', 'c', { guards })))).toEqual([
      'case: a->c names unknown guard "notAGuard"',
      'case: a->c names unknown guard "toString"',
      'case: a->c names unknown guard "constructor"',
    ]);
  });

  it('reports a row that goes nowhere and a row without an action', () => {
    expect(findTableProblems(withRules(r('b', 'b'), r('a', 'c', { action: ' ' })))).toEqual([
      'case: b->b goes nowhere',
      'case: a->c has no action name',
    ]);
  });

  it('reports a bad initial state, bad or missing terminal states and states listed twice', () => {
    expect(findTableProblems({ ...base(), initial: 'start' })).toContain(
      'case: initial state "start" is not a state',
    );
    expect(findTableProblems({ ...base(), terminal: ['done', 'finished'] })).toEqual([
      'case: terminal state "finished" is not a state',
    ]);
    expect(findTableProblems({ ...base(), terminal: [] })).toContain(
      'case: no terminal state, so the work can never end',
    );
    expect(findTableProblems({ ...base(), states: ['a', 'b', 'b', 'c', 'done'] })).toEqual([
      'case: state(s) listed twice: b',
    ]);
  });

  it('reports every problem at once', () => {
    const t = withRules(
      r('b', 'nowhere'),
      r('a', 'b'),
      r('a', 'c', { roles: ['janitor' as Actor], guards: ['notAGuard' as GuardName] }),
      r('orphan', 'done'),
      r('b', 'x'),
    );
    const problems = findTableProblems({
      ...t,
      states: [...t.states, 'orphan', 'x'],
      rules: t.rules.filter((rule) => rule.from !== 'done'),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'case: b->nowhere targets unknown state "nowhere"',
        'case: a->b is listed twice',
        'case: a->c names unknown role "janitor"',
        'case: a->c names unknown guard "notAGuard"',
        'case: state "orphan" cannot be reached from "a"',
        'case: state "x" is a dead end: it has no way out (not even reopen)',
        'case: state "done" is a dead end: it has no way out (not even reopen)',
      ]),
    );
    expect(problems).toHaveLength(7);
  });
});

describe('assertValidTables', () => {
  it('throws once, listing the problems of every table', () => {
    const signal: TransitionTable<string> = { ...withRules(r('a', 'nowhere')), subject: 'signal' };
    const kase = withRules(r('a', 'b'));
    let error: unknown;
    try {
      assertValidTables(signal, kase);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidTransitionTableError);
    const invalid = error as InvalidTransitionTableError;
    expect(invalid.problems).toEqual([
      'signal: a->nowhere targets unknown state "nowhere"',
      'case: a->b is listed twice',
    ]);
    expect(invalid.message).toBe(
      'The workflow transition table is invalid:\n' +
        '- signal: a->nowhere targets unknown state "nowhere"\n' +
        '- case: a->b is listed twice',
    );
  });

  it('does not throw for valid tables', () => {
    expect(() => assertValidTables(base())).not.toThrow();
  });
});
