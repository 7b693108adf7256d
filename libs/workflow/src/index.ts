export * from './vocabulary';
export * from './steps';
export * from './guards';
export * from './transition-table';
export * from './validate-table';
export * from './decide-transition';
export * from './recognition-recommendation';
