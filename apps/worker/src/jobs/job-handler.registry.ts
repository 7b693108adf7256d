// Finds the handler of every job name at boot and refuses to start when a job has no handler or more
// than one, so a job can never sit in a queue that nothing processes.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_NAMES, isJobName, parsePayload, type JobName } from '@app/queue';
import { JOB_HANDLER_KEY, type JobContext, type JobHandler } from './job-handler';

export class JobHandlerCoverageError extends Error {}

@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = new Map<JobName, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const target: unknown = wrapper.metatype;
      if (typeof target !== 'function' || !wrapper.instance) continue;
      const name = Reflect.getMetadata(JOB_HANDLER_KEY, target) as string | undefined;
      if (name === undefined) continue;
      if (!isJobName(name))
        throw new JobHandlerCoverageError(`${wrapper.name} handles unknown job "${name}"`);
      found.set(name, [...(found.get(name) ?? []), wrapper.name]);
      this.handlers.set(name, wrapper.instance as JobHandler<JobName>);
    }
    const problems = JOB_NAMES.flatMap((name) => {
      const owners = found.get(name) ?? [];
      if (owners.length === 0) return [`job "${name}" has no handler`];
      if (owners.length > 1) return [`job "${name}" has ${owners.length} handlers: ${owners.join(', ')}`];
      return [];
    });
    if (problems.length > 0)
      throw new JobHandlerCoverageError(`Job handlers are incomplete:\n- ${problems.join('\n- ')}`);
  }

  async run(name: string, data: unknown, context: JobContext): Promise<unknown> {
    if (!isJobName(name)) throw new Error(`Unknown job "${name}"`);
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for job "${name}"`);
    return handler.handle(parsePayload(name, data), context);
  }
}
