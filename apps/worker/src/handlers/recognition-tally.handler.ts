import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';
import { RecognitionTallyService, type TallyOutcome } from '../recognition/recognition-tally.service';

/** Closes a call at its close time and tallies a targeted call's answers; a rerun changes nothing. */
@Injectable()
@HandlesJob('recognition.tally')
export class RecognitionTallyHandler implements JobHandler<'recognition.tally'> {
  constructor(private readonly tally: RecognitionTallyService) {}

  handle({ callId }: JobPayloads['recognition.tally']): Promise<TallyOutcome> {
    return this.tally.run(callId);
  }
}
