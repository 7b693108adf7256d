import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from '@app/queue';

export const JOB_HANDLER_KEY = 'signaalroute:job-handler';

export interface JobContext {
  jobId: string;
  attempt: number;
  /** True on the attempt after which BullMQ gives up: record the failure where a person sees it. */
  lastAttempt: boolean;
}

/** Handles one job name. Must be idempotent: running it twice changes nothing the second time. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<unknown>;
}

/** Marks a provider as the handler of a job name; the registry checks there is exactly one per name. */
export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_KEY, name);
