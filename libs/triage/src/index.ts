export * from './personal-data.detector';
export * from './domain.classifier';
export * from './handling-option.classifier';
export * from './similar-signals.finder';
export * from './publication-privacy.detector';
