// The jobs an agenda item plans after it is created or moved: the stale check some weeks after this
// move, the meeting reminders around a scheduled meeting, and the follow-up check. A later outbox row for
// the same job moves its delayed job (JobQueues.schedule), so every move replans them; a moment that has
// passed runs at once, and its handler decides whether there is still something to say.
import { outboxJob, type OutboxJob } from '@app/queue';
import {
  followUpMoment,
  meetingMoments,
  staleMoment,
  type AgendaReminderSettings,
  type AgendaStatus,
} from '@app/workflow';

const DAY_MS = 24 * 3600 * 1000;

export interface PlannedItem {
  id: string;
  status: AgendaStatus;
  meetingDate: string | null;
  followUpOn: string | null;
  movedAt: Date;
}

export function agendaItemJobs(item: PlannedItem, settings: AgendaReminderSettings): OutboxJob[] {
  const payload = { agendaItemId: item.id };
  const jobs: OutboxJob[] = [];
  if (item.status !== 'closed') {
    jobs.push(outboxJob('agenda.stale-check', payload, staleMoment(item.movedAt, settings.staleAfterWeeks)));
  }
  if (item.status === 'scheduled' && item.meetingDate) {
    const at = meetingMoments(item.meetingDate, settings.meetingReminderDaysBefore);
    jobs.push(outboxJob('agenda.meeting-reminder', payload, at.reminder));
    // A meeting recorded after the fact gives the liaison a day to record what happened before the nudge.
    const passed = new Date(Math.max(at.passed.getTime(), item.movedAt.getTime() + DAY_MS));
    jobs.push(outboxJob('agenda.meeting-passed', payload, passed));
  }
  if (item.status === 'follow_up' && item.followUpOn) {
    jobs.push(outboxJob('agenda.follow-up', payload, followUpMoment(item.followUpOn)));
  }
  return jobs;
}
