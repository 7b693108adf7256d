import { Injectable } from '@nestjs/common';
import { MailDeliveryService } from '@app/mail';
import type { JobPayloads } from '@app/queue';
import { HandlesJob, type JobContext, type JobHandler } from '../jobs/job-handler';

/** Delivers one stored e-mail; the delivery service makes a second run send nothing. */
@Injectable()
@HandlesJob('mail.send')
export class MailSendHandler implements JobHandler<'mail.send'> {
  constructor(private readonly delivery: MailDeliveryService) {}

  handle({ mailId }: JobPayloads['mail.send'], context: JobContext): Promise<unknown> {
    return this.delivery.deliver(mailId, { lastAttempt: context.lastAttempt });
  }
}
