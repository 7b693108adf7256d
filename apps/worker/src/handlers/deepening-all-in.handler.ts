import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { AdviserNoticeService, type AdviserNoticeOutcome } from '../deepening/adviser-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Tells the adviser once every assigned expert has submitted; runs after each submission. */
@Injectable()
@HandlesJob('deepening.all-in')
export class DeepeningAllInHandler implements JobHandler<'deepening.all-in'> {
  constructor(private readonly notices: AdviserNoticeService) {}

  handle({ caseId }: JobPayloads['deepening.all-in']): Promise<AdviserNoticeOutcome> {
    return this.notices.allIn(caseId);
  }
}
