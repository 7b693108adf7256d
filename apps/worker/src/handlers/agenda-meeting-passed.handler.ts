import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { AgendaNoticeService, type AgendaNoticeOutcome } from '../agenda/agenda-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** The day after the meeting, asks again while the item is not recorded as discussed; once per meeting date. */
@Injectable()
@HandlesJob('agenda.meeting-passed')
export class AgendaMeetingPassedHandler implements JobHandler<'agenda.meeting-passed'> {
  constructor(private readonly notices: AgendaNoticeService) {}

  handle({ agendaItemId }: JobPayloads['agenda.meeting-passed']): Promise<AgendaNoticeOutcome> {
    return this.notices.meetingPassed(agendaItemId);
  }
}
