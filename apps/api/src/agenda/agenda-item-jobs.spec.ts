import { describe, expect, it } from '@jest/globals';
import { agendaItemJobs } from './agenda-item-jobs';

const settings = { meetingReminderDaysBefore: 3, staleAfterWeeks: 4 };
const movedAt = new Date('2026-11-02T10:00:00Z');
const base = { id: 'item-1', meetingDate: null, followUpOn: null, movedAt };

describe('agenda item jobs', () => {
  it('plans only the stale check for an item without a meeting, four weeks after the move', () => {
    expect(agendaItemJobs({ ...base, status: 'proposed' }, settings)).toEqual([
      {
        name: 'agenda.stale-check',
        payload: { agendaItemId: 'item-1' },
        runAt: new Date('2026-11-30T10:00:00Z'),
      },
    ]);
  });

  it('plans the meeting reminder N days before and the nudge the day after, at 09:00 Dutch time', () => {
    const jobs = agendaItemJobs({ ...base, status: 'scheduled', meetingDate: '2026-12-10' }, settings);
    expect(jobs.map((job) => [job.name, job.runAt])).toEqual([
      ['agenda.stale-check', new Date('2026-11-30T10:00:00Z')],
      ['agenda.meeting-reminder', new Date('2026-12-07T08:00:00Z')],
      ['agenda.meeting-passed', new Date('2026-12-11T08:00:00Z')],
    ]);
  });

  it('gives a day to record a meeting that was scheduled after it took place', () => {
    const jobs = agendaItemJobs({ ...base, status: 'scheduled', meetingDate: '2026-10-30' }, settings);
    expect(jobs.map((job) => [job.name, job.runAt])).toEqual([
      ['agenda.stale-check', new Date('2026-11-30T10:00:00Z')],
      ['agenda.meeting-reminder', new Date('2026-10-27T08:00:00Z')],
      ['agenda.meeting-passed', new Date('2026-11-03T10:00:00Z')],
    ]);
  });

  it('plans the follow-up on its date, and nothing more once the item is closed', () => {
    const followUp = agendaItemJobs({ ...base, status: 'follow_up', followUpOn: '2027-03-01' }, settings);
    expect(followUp.map((job) => [job.name, job.runAt])).toEqual([
      ['agenda.stale-check', new Date('2026-11-30T10:00:00Z')],
      ['agenda.follow-up', new Date('2027-03-01T08:00:00Z')],
    ]);
    expect(agendaItemJobs({ ...base, status: 'closed', followUpOn: '2027-03-01' }, settings)).toEqual([]);
  });
});
