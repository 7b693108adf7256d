import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { AgendaNoticeService, type AgendaNoticeOutcome } from '../agenda/agenda-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Tells the liaison and the adviser that an item has not moved for the set weeks; once per move. */
@Injectable()
@HandlesJob('agenda.stale-check')
export class AgendaStaleCheckHandler implements JobHandler<'agenda.stale-check'> {
  constructor(private readonly notices: AgendaNoticeService) {}

  handle({ agendaItemId }: JobPayloads['agenda.stale-check']): Promise<AgendaNoticeOutcome> {
    return this.notices.staleCheck(agendaItemId);
  }
}
