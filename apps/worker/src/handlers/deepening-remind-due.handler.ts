import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { ExpertNoticeService, type ExpertNoticeOutcome } from '../deepening/expert-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Reminds the expert on the due date, unless the analysis is in; once per due date. */
@Injectable()
@HandlesJob('deepening.remind-due')
export class DeepeningRemindDueHandler implements JobHandler<'deepening.remind-due'> {
  constructor(private readonly notices: ExpertNoticeService) {}

  handle({ assignmentId }: JobPayloads['deepening.remind-due']): Promise<ExpertNoticeOutcome> {
    return this.notices.remind(assignmentId, 'due');
  }
}
