export * from './schema';
export * from './status';
export * from './views';
export * from './checklist';
