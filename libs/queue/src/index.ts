export * from './job-catalogue';
export * from './outbox-writer';
export * from './queue.module';
export * from './job-queues.service';
export * from './queue-error.logger';
