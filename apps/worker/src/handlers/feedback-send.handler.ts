import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { FeedbackSender, type FeedbackSendOutcome } from '../feedback/feedback-sender.service';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';

/** Mails a case's feedback to every pending recipient; a rerun mails only who has no mail yet. */
@Injectable()
@HandlesJob('feedback.send')
export class FeedbackSendHandler implements JobHandler<'feedback.send'> {
  constructor(private readonly sender: FeedbackSender) {}

  handle({ caseId }: JobPayloads['feedback.send']): Promise<FeedbackSendOutcome> {
    return this.sender.send(caseId);
  }
}
