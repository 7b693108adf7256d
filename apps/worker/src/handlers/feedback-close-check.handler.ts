import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { FeedbackCloser, type FeedbackCloseOutcome } from '../feedback/feedback-closer.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Records how each feedback mail fared and closes the case once nobody is pending (retries until then). */
@Injectable()
@HandlesJob('feedback.close-check')
export class FeedbackCloseCheckHandler implements JobHandler<'feedback.close-check'> {
  constructor(private readonly closer: FeedbackCloser) {}

  handle({ caseId }: JobPayloads['feedback.close-check']): Promise<FeedbackCloseOutcome> {
    return this.closer.check(caseId);
  }
}
