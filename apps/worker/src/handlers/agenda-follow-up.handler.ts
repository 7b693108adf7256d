import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { AgendaNoticeService, type AgendaNoticeOutcome } from '../agenda/agenda-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** On the follow-up date, asks the liaison to check the commitment; once per follow-up date. */
@Injectable()
@HandlesJob('agenda.follow-up')
export class AgendaFollowUpHandler implements JobHandler<'agenda.follow-up'> {
  constructor(private readonly notices: AgendaNoticeService) {}

  handle({ agendaItemId }: JobPayloads['agenda.follow-up']): Promise<AgendaNoticeOutcome> {
    return this.notices.followUp(agendaItemId);
  }
}
