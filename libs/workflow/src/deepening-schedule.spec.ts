import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  deepeningMilestones,
  dutchTime,
  dutchToday,
  externalLinkExpiresAt,
  isCalendarDate,
  isOverdue,
} from './deepening-schedule';

describe('deepening schedule', () => {
  it('plans the mails at 09:00 Dutch time, in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(deepeningMilestones('2026-12-10', 3)).toEqual({
      remindBefore: new Date('2026-12-07T08:00:00Z'),
      remindDue: new Date('2026-12-10T08:00:00Z'),
      overdue: new Date('2026-12-11T08:00:00Z'),
    });
    expect(deepeningMilestones('2026-07-01', 3)).toEqual({
      remindBefore: new Date('2026-06-28T07:00:00Z'),
      remindDue: new Date('2026-07-01T07:00:00Z'),
      overdue: new Date('2026-07-02T07:00:00Z'),
    });
  });

  it('keeps 09:00 across a clock change between the reminder and the due date', () => {
    // Summer time ends on 25 October 2026.
    const { remindBefore, remindDue } = deepeningMilestones('2026-10-27', 3);
    expect(remindBefore).toEqual(new Date('2026-10-24T07:00:00Z'));
    expect(remindDue).toEqual(new Date('2026-10-27T08:00:00Z'));
  });

  it('sends no separate reminder before when the setting is 0 days', () => {
    expect(deepeningMilestones('2026-12-10', 0).remindBefore).toBeNull();
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows the Dutch date when it is already tomorrow in the Netherlands', () => {
    expect(dutchToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dutchToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(dutchTime('2026-01-05', 0)).toEqual(new Date('2026-01-04T23:00:00Z'));
  });

  it('keeps an external link working through the 30th day after the due date', () => {
    expect(externalLinkExpiresAt('2026-12-10')).toEqual(new Date('2027-01-09T23:00:00Z'));
  });

  it('calls an analysis overdue only after its due date and while it is not submitted', () => {
    const now = new Date('2026-12-11T10:00:00Z');
    expect(isOverdue('2026-12-10', false, now)).toBe(true);
    expect(isOverdue('2026-12-11', false, now)).toBe(false);
    expect(isOverdue('2026-12-10', true, now)).toBe(false);
    expect(isOverdue(null, false, now)).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });
});
