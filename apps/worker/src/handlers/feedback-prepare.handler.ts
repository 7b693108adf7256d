import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { FeedbackPreparer, type FeedbackPrepareOutcome } from '../feedback/feedback-preparer.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Prepares a case's feedback (message and recipients) when it enters step 7; once per case. */
@Injectable()
@HandlesJob('feedback.prepare')
export class FeedbackPrepareHandler implements JobHandler<'feedback.prepare'> {
  constructor(private readonly preparer: FeedbackPreparer) {}

  handle({ caseId }: JobPayloads['feedback.prepare']): Promise<FeedbackPrepareOutcome> {
    return this.preparer.prepare(caseId);
  }
}
