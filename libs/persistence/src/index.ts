export * from './entities';
export * from './triage-suggestions';
export * from './data-source-options';
export * from './persistence.module';
export * from './database-admin';
export * from './schema-drift';
export * from './migrate';
export * from './migrations';
