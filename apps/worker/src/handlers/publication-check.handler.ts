import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';
import { PublicationCheckService, type CheckOutcome } from '../publications/publication-check.service';

/** Checks a publication's current version for personal data; a rerun finds it checked and changes nothing. */
@Injectable()
@HandlesJob('publication.check')
export class PublicationCheckHandler implements JobHandler<'publication.check'> {
  constructor(private readonly checks: PublicationCheckService) {}

  handle({ publicationId }: JobPayloads['publication.check']): Promise<CheckOutcome> {
    return this.checks.run(publicationId);
  }
}
