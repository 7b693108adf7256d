import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { AgendaNoticeService, type AgendaNoticeOutcome } from '../agenda/agenda-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Reminds the table's liaison some days before the meeting to record what happens; once per meeting date. */
@Injectable()
@HandlesJob('agenda.meeting-reminder')
export class AgendaMeetingReminderHandler implements JobHandler<'agenda.meeting-reminder'> {
  constructor(private readonly notices: AgendaNoticeService) {}

  handle({ agendaItemId }: JobPayloads['agenda.meeting-reminder']): Promise<AgendaNoticeOutcome> {
    return this.notices.meetingReminder(agendaItemId);
  }
}
