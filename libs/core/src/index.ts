export * from './domain-error';
export * from './actor';
export * from './case-facts.reader';
export * from './step-change.service';
export * from './core.module';
export * from './logger.module';
export * from './preflight';
export * from './with-timeout';
