import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@app/queue';
import { HandlesJob, type JobHandler } from '../jobs/job-handler';
import { CallFanoutService, type FanoutOutcome } from '../recognition/call-fanout.service';

/** Sends a published targeted call to its audience; a rerun invites only who is not invited yet. */
@Injectable()
@HandlesJob('recognition.fanout')
export class RecognitionFanoutHandler implements JobHandler<'recognition.fanout'> {
  constructor(private readonly fanout: CallFanoutService) {}

  handle({ callId }: JobPayloads['recognition.fanout']): Promise<FanoutOutcome> {
    return this.fanout.run(callId);
  }
}
