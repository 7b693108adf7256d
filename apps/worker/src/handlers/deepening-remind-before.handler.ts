import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { ExpertNoticeService, type ExpertNoticeOutcome } from '../deepening/expert-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Reminds the expert some days before the due date, unless the analysis is in; once per due date. */
@Injectable()
@HandlesJob('deepening.remind-before')
export class DeepeningRemindBeforeHandler implements JobHandler<'deepening.remind-before'> {
  constructor(private readonly notices: ExpertNoticeService) {}

  handle({ assignmentId }: JobPayloads['deepening.remind-before']): Promise<ExpertNoticeOutcome> {
    return this.notices.remind(assignmentId, 'before');
  }
}
