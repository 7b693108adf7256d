import { describe, expect, it } from '@jest/globals';
import {
  AGENDA_ITEM_MOVES,
  agendaItemHasOutcome,
  agendaMovesFrom,
  decideAgendaMove,
  findAgendaMoveProblems,
  type AgendaMoveRule,
} from './agenda-item-moves';
import { AGENDA_STATUSES, type AgendaStatus } from './vocabulary';

describe('agenda item moves', () => {
  it('have no problems: every status reachable from proposed, only closed ends', () => {
    expect(findAgendaMoveProblems()).toEqual([]);
  });

  it('follow the way proposed -> submitted -> scheduled -> discussed -> outcome -> follow_up -> closed', () => {
    const next = (from: AgendaStatus) => agendaMovesFrom(from).map((rule) => rule.to);
    expect(next('proposed')).toEqual(['submitted']);
    expect(next('submitted')).toEqual(['scheduled']);
    expect(next('scheduled')).toEqual(['scheduled', 'discussed']);
    expect(next('discussed')).toEqual(['outcome']);
    expect(next('outcome')).toEqual(['follow_up', 'closed']);
    expect(next('follow_up')).toEqual(['closed']);
    expect(next('closed')).toEqual([]);
  });

  it('refuses a move the table does not have, e.g. skipping a status or going back', () => {
    for (const [from, to] of [
      ['proposed', 'scheduled'],
      ['discussed', 'closed'],
      ['closed', 'proposed'],
      ['outcome', 'discussed'],
    ] as [AgendaStatus, AgendaStatus][]) {
      expect(decideAgendaMove(from, to, {})).toMatchObject({ allowed: false, code: 'move_not_allowed' });
    }
  });

  it('needs a meeting date to schedule, an outcome to record one, a date to plan a follow-up', () => {
    expect(decideAgendaMove('submitted', 'scheduled', {})).toEqual({
      allowed: false,
      code: 'fields_invalid',
      missing: ['meetingDate'],
      unexpected: [],
    });
    expect(decideAgendaMove('submitted', 'scheduled', { meetingDate: '2026-12-10' })).toMatchObject({
      allowed: true,
      rule: { action: 'schedule' },
    });
    expect(decideAgendaMove('discussed', 'outcome', { outcome: '  ' })).toMatchObject({
      missing: ['outcome'],
    });
    expect(
      decideAgendaMove('discussed', 'outcome', { outcome: 'commitment', outcomeNote: 'Toegezegd.' }),
    ).toMatchObject({ allowed: true });
    expect(decideAgendaMove('outcome', 'follow_up', {})).toMatchObject({ missing: ['followUpOn'] });
    expect(decideAgendaMove('outcome', 'closed', {})).toMatchObject({ allowed: true });
  });

  it('refuses fields a move does not record, rather than dropping them', () => {
    expect(decideAgendaMove('proposed', 'submitted', { meetingDate: '2026-12-10' })).toEqual({
      allowed: false,
      code: 'fields_invalid',
      missing: [],
      unexpected: ['meetingDate'],
    });
    expect(decideAgendaMove('scheduled', 'discussed', { outcome: 'decision' })).toMatchObject({
      unexpected: ['outcome'],
    });
  });

  it('counts outcome, follow_up and closed as having an outcome', () => {
    expect(AGENDA_STATUSES.filter(agendaItemHasOutcome)).toEqual(['outcome', 'follow_up', 'closed']);
  });

  it('would report a dead end, an unreachable status and a duplicate', () => {
    const rule = (from: AgendaStatus, to: AgendaStatus): AgendaMoveRule => ({
      from,
      to,
      action: 'go',
      requires: [],
      accepts: [],
    });
    const broken = [
      ...AGENDA_ITEM_MOVES.filter((r) => r.from !== 'follow_up' && r.to !== 'discussed'),
      rule('proposed', 'submitted'),
    ];
    const problems = findAgendaMoveProblems(broken);
    expect(problems).toContain('status "follow_up" is a dead end');
    expect(problems).toContain('status "discussed" cannot be reached from "proposed"');
    expect(problems).toContain('proposed->submitted is listed twice');
  });
});
