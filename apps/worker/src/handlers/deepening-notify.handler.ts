import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { ExpertNoticeService, type ExpertNoticeOutcome } from '../deepening/expert-notice.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Mails an expert about a new assignment (an external expert with their private link); once. */
@Injectable()
@HandlesJob('deepening.notify')
export class DeepeningNotifyHandler implements JobHandler<'deepening.notify'> {
  constructor(private readonly notices: ExpertNoticeService) {}

  handle({ assignmentId }: JobPayloads['deepening.notify']): Promise<ExpertNoticeOutcome> {
    return this.notices.notify(assignmentId);
  }
}
