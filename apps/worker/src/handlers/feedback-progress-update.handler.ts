import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { ProgressUpdateService, type ProgressUpdateOutcome } from '../feedback/progress-update.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Tells a waiting case's submitters how it stands, then plans the next update while it still waits. */
@Injectable()
@HandlesJob('feedback.progress-update')
export class FeedbackProgressUpdateHandler implements JobHandler<'feedback.progress-update'> {
  constructor(private readonly updates: ProgressUpdateService) {}

  handle({ caseId }: JobPayloads['feedback.progress-update']): Promise<ProgressUpdateOutcome> {
    return this.updates.run(caseId);
  }
}
