import { describe, expect, it } from '@jest/globals';
import { followUpMoment, isStale, meetingMoments, staleMoment } from './agenda-schedule';

describe('agenda schedule', () => {
  it('reminds N days before the meeting and the day after it, at 09:00 Dutch time', () => {
    expect(meetingMoments('2026-12-10', 3)).toEqual({
      reminder: new Date('2026-12-07T08:00:00Z'),
      passed: new Date('2026-12-11T08:00:00Z'),
    });
    // Summer time (UTC+2).
    expect(meetingMoments('2026-07-01', 3)).toEqual({
      reminder: new Date('2026-06-28T07:00:00Z'),
      passed: new Date('2026-07-02T07:00:00Z'),
    });
  });

  it('reminds on the meeting day itself when the setting is 0', () => {
    expect(meetingMoments('2026-12-10', 0).reminder).toEqual(new Date('2026-12-10T08:00:00Z'));
  });

  it('checks a follow-up at 09:00 on its date', () => {
    expect(followUpMoment('2027-03-01')).toEqual(new Date('2027-03-01T08:00:00Z'));
  });

  it('calls an item stale once it has not moved for the set weeks', () => {
    const movedAt = new Date('2026-11-02T10:00:00Z');
    expect(staleMoment(movedAt, 4)).toEqual(new Date('2026-11-30T10:00:00Z'));
    expect(isStale(movedAt, 4, new Date('2026-11-30T09:59:59Z'))).toBe(false);
    expect(isStale(movedAt, 4, new Date('2026-11-30T10:00:00Z'))).toBe(true);
  });
});
