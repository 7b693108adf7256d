import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { AdviserNoticeService, type AdviserNoticeOutcome } from '../deepening/adviser-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Tells the adviser, the day after the due date, that an analysis has not come in; once per due date. */
@Injectable()
@HandlesJob('deepening.overdue')
export class DeepeningOverdueHandler implements JobHandler<'deepening.overdue'> {
  constructor(private readonly notices: AdviserNoticeService) {}

  handle({ assignmentId }: JobPayloads['deepening.overdue']): Promise<AdviserNoticeOutcome> {
    return this.notices.overdue(assignmentId);
  }
}
